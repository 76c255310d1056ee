/** The script and style hashes Astro wrote into the <meta> CSP of every built page. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Hashes } from './hostConfigs.ts';
import { builtPage } from '../builtPages.ts';

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

export function hashesInPolicy(policy: string): Hashes {
  const directive = (name: string) =>
    policy
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${name} `)) ?? '';
  const hashes = (text: string) =>
    [...text.matchAll(/'(sha(?:256|384|512)-[A-Za-z0-9+/=]+)'/g)].map((m) => m[1]!);
  const formAction = directive('form-action')
    .split(/\s+/)
    .slice(1)
    .filter((source) => source !== "'self'");
  return {
    script: hashes(directive('script-src')),
    style: hashes(directive('style-src')),
    formAction,
  };
}

/** `pages`: the build's own list of its pages, where it has one; otherwise every HTML file under `dir` (at deploy time). */
export function collectCspHashes(dir: string, pages: readonly string[] = htmlFiles(dir)): Hashes {
  const script = new Set<string>();
  const style = new Set<string>();
  const formAction = new Set<string>();
  for (const file of pages) {
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(
      builtPage(file).head,
    )?.[1];
    if (!policy) continue;
    const found = hashesInPolicy(policy);
    found.script.forEach((hash) => script.add(hash));
    found.style.forEach((hash) => style.add(hash));
    found.formAction?.forEach((source) => formAction.add(source));
  }
  return { script: [...script], style: [...style], formAction: [...formAction] };
}
