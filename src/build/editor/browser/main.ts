/**
 * The visual editor's page script (served beside Decap's bundle as editor/main.js). It
 * starts Decap itself (`CMS_MANUAL_INIT`), once it has registered what the site adds:
 *
 * - the file format that writes only what changed (entryFormat.ts);
 * - the check of every language before a save (localeCheck.ts);
 * - the site's stylesheet and markup in the preview pane (previewTemplates.ts).
 *
 * Registering before Decap starts means no entry is ever read or written with Decap's own
 * format, whatever the network's timing.
 */
import { parse } from 'yaml';
import { ENTRY_FORMAT, entryFormat, type EntryFormat } from './entryFormat.ts';
import { keyOrder, type FormConfig } from './formFields.ts';
import { localeProblems } from './localeCheck.ts';
import {
  PREVIEW_STYLE_META,
  previewTemplates,
  type CreateElement,
  type PreviewProps,
} from './previewTemplates.ts';

/** The part of Immutable's Map that Decap's events hand over. */
interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
}

interface DecapCms {
  registerCustomFormat(name: string, extension: string, format: EntryFormat): void;
  registerEventListener(listener: {
    name: 'preSave';
    handler: (event: { entry: ImmutableMap }) => void;
  }): void;
  registerPreviewStyle(href: string): void;
  registerPreviewTemplate(collection: string, template: (props: PreviewProps) => unknown): void;
  init(): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
    h?: CreateElement;
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

/** Decap holds a language's values as an Immutable map (absent for a language never written). */
const plain = (values: unknown) =>
  (values as { toJS?: () => Record<string, unknown> } | undefined)?.toJS?.();

// Beside this script's folder, editor/, wherever the editor is served.
const beside = (name: string) => new URL(`../${name}`, import.meta.url).href;

window.CMS_MANUAL_INIT = true;
const config = parse(await (await fetch(beside('config.yml'))).text()) as FormConfig;
await loadScript(beside('decap-cms.js'));
const cms = window.CMS!;

cms.registerCustomFormat(ENTRY_FORMAT, 'mdx', entryFormat(keyOrder(config.collections)));

cms.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const collection = config.collections.find((c) => c.name === entry.get('collection'));
    if (!collection) return;
    const { locales, default_locale: defaultLocale } = config.i18n;
    const problems = localeProblems(collection.fields, locales, (locale) =>
      plain(locale === defaultLocale ? entry.get('data') : entry.getIn(['i18n', locale, 'data'])),
    );
    if (problems.length === 0) return;
    // Decap shows "Failed to persist entry: " and the error as text; without a name, the
    // text is the lines alone.
    const refusal = new Error(problems.join('; '));
    refusal.name = '';
    throw refusal;
  },
});

for (const meta of document.querySelectorAll<HTMLMetaElement>(`meta[name="${PREVIEW_STYLE_META}"]`))
  cms.registerPreviewStyle(meta.content);
for (const [collection, template] of Object.entries(previewTemplates(window.h!)))
  cms.registerPreviewTemplate(collection, template);

cms.init();
