/**
 * The visual editor's page script (served beside Decap's bundle as editor/main.js). It
 * starts Decap itself (`CMS_MANUAL_INIT`), once it has registered what the site adds:
 *
 * - the file format that writes only what changed (entryFormat.ts).
 *
 * Registering before Decap starts means no entry is ever read or written with Decap's own
 * format, whatever the network's timing.
 */
import { parse } from 'yaml';
import { ENTRY_FORMAT, entryFormat, type EntryFormat } from './entryFormat.ts';
import { keyOrder, type FormConfig } from './formFields.ts';

interface DecapCms {
  registerCustomFormat(name: string, extension: string, format: EntryFormat): void;
  init(): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`The editor could not load ${src}`));
    document.body.append(script);
  });
}

// Beside this script's folder, editor/, wherever the editor is served.
const beside = (name: string) => new URL(`../${name}`, import.meta.url).href;

window.CMS_MANUAL_INIT = true;
const config = parse(await (await fetch(beside('config.yml'))).text()) as FormConfig;
await loadScript(beside('decap-cms.js'));
const cms = window.CMS!;

cms.registerCustomFormat(ENTRY_FORMAT, 'mdx', entryFormat(keyOrder(config.collections)));

cms.init();
