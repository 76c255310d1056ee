/**
 * Where a build's time went, read from Astro's own log: bundling (Vite), rendering pages
 * (with the OG images drawn beside it in worker threads), and the work after rendering
 * (sitemap, Pagefind, the last OG images, host configs). The rest of the wall time is
 * start-up: loading the config, the content check, content sync and type generation.
 */
import { stripVTControlCharacters } from 'node:util';

export interface BuildPhases {
  startup: number;
  bundling: number;
  rendering: number;
  afterRendering: number;
}

/** Astro prints durations as "58ms", "17.30s", "1m 5s". */
export function parseDuration(text: string): number {
  const match = /^(?:(\d+)m\s*)?(?:([\d.]+)(ms|s))?$/.exec(text.trim());
  if (!match || (match[1] === undefined && match[2] === undefined))
    throw new Error(`Not an Astro duration: "${text}"`);
  const minutes = Number(match[1] ?? 0);
  const amount = Number(match[2] ?? 0);
  return minutes * 60 + (match[3] === 'ms' ? amount / 1000 : amount);
}

/** Seconds since midnight of a log line's "HH:MM:SS" stamp. */
function stamp(line: string): number | undefined {
  const match = /^(\d\d):(\d\d):(\d\d) /.exec(line);
  return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : undefined;
}

export function buildPhases(log: string, wallSeconds: number): BuildPhases {
  // Astro colours its log; the colour codes would sit between the words the patterns below read.
  const lines = stripVTControlCharacters(log).split('\n');
  const bundling = lines.reduce((sum, line) => {
    const match = /\[vite\] ✓ built in (.+)$/.exec(line);
    return match?.[1] ? sum + parseDuration(match[1]) : sum;
  }, 0);
  const generating = lines.findIndex((line) => line.includes('generating static routes'));
  const renderedLine =
    generating < 0
      ? undefined
      : lines.slice(generating + 1).find((line) => /^\S+ ✓ Completed in /.test(line));
  const rendered = renderedLine ? /✓ Completed in (.+?)\.?$/.exec(renderedLine)?.[1] : undefined;
  const doneLine = lines.findLast((line) => /\[build\] \d+ page\(s\) built in /.test(line));
  const renderedAt = renderedLine ? stamp(renderedLine) : undefined;
  const doneAt = doneLine ? stamp(doneLine) : undefined;
  if (!rendered || renderedAt === undefined || doneAt === undefined) {
    throw new Error(
      'The build log lacks the lines Astro prints for its phases (vite built in, generating static routes, page(s) built in)',
    );
  }
  const rendering = parseDuration(rendered);
  // Astro's own totals count from different starting points, so the work after rendering
  // is read from the clock on its lines (to the second), across midnight if need be.
  const afterRendering = (doneAt - renderedAt + 86_400) % 86_400;
  return {
    startup: Math.max(0, wallSeconds - bundling - rendering - afterRendering),
    bundling,
    rendering,
    afterRendering,
  };
}
