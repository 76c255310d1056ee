/**
 * Where a build's time went, read from Astro's own log: bundling (Vite), rendering pages
 * (with the OG images drawn beside it in worker threads), and the work after rendering
 * (sitemap, Pagefind, the last OG images, host configs). The rest of the wall time is
 * start-up: loading the config, the content check, content sync and type generation.
 */

export interface BuildPhases {
  startup: number;
  bundling: number;
  rendering: number;
  afterRendering: number;
}

const ANSI = /\x1b\[[0-9;]*m/g;

/** Astro prints durations as "58ms", "17.30s", "1m 5s". */
export function parseDuration(text: string): number {
  const match = /^(?:(\d+)m\s*)?(?:([\d.]+)(ms|s))?$/.exec(text.trim());
  if (!match || (match[1] === undefined && match[2] === undefined)) throw new Error(`Not an Astro duration: "${text}"`);
  const minutes = Number(match[1] ?? 0);
  const amount = Number(match[2] ?? 0);
  return minutes * 60 + (match[3] === 'ms' ? amount / 1000 : amount);
}

export function buildPhases(log: string, wallSeconds: number): BuildPhases {
  const lines = log.replace(ANSI, '').split('\n');
  const durations = (pattern: RegExp) => lines.flatMap((line) => {
    const match = pattern.exec(line);
    return match?.[1] ? [parseDuration(match[1])] : [];
  });
  const bundling = durations(/\[vite\] ✓ built in (.+)$/).reduce((sum, seconds) => sum + seconds, 0);
  const generating = lines.findIndex((line) => line.includes('generating static routes'));
  const rendered = lines.slice(generating + 1).map((line) => /^\S+ ✓ Completed in (.+?)\.?$/.exec(line)?.[1]).find(Boolean);
  const untilRendered = durations(/\[build\] ✓ Completed in (.+?)\.?$/).at(-1);
  const total = durations(/\[build\] \d+ page\(s\) built in (.+)$/).at(-1);
  if (generating < 0 || !rendered || untilRendered === undefined || total === undefined) {
    throw new Error('The build log lacks the lines Astro prints for its phases (vite built in, generating static routes, page(s) built in)');
  }
  const rendering = parseDuration(rendered);
  const afterRendering = total - untilRendered;
  return { startup: Math.max(0, wallSeconds - bundling - rendering - afterRendering), bundling, rendering, afterRendering };
}
