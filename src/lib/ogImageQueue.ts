/**
 * How the OG route reaches the build's image pool (ogImagePool.ts) without importing it.
 *
 * The route runs from Astro's prerender bundle, which has its own copy of every module
 * it imports, in the same process as the integration that owns the pool: a global
 * symbol is the one thing both copies see.
 */
import type { OgImageInput } from './ogCache.ts';

export interface OgImageJob {
  input: OgImageInput;
  /** Where the PNG goes, relative to the pool's output folder: `og/en/home.png`. */
  file: string;
}

/** What the route needs from the pool. */
export interface OgImageQueue {
  submit(job: OgImageJob): void;
}

export interface OgImageReport {
  /** Images written to the output. */
  images: number;
  /** Of those, drawn on request (the others were in .cache/og: from the warm-up or an earlier build). */
  drawn: number;
  fromCache: number;
  /** Images the warm-up drew into .cache/og before they were asked for. */
  drawnAhead: number;
}

/** A message to a worker, and its answer. */
export interface WorkerRequest {
  input: OgImageInput;
  /** Absolute path of the output file; none for a warm-up, which only fills the cache. */
  file?: string;
}
export type WorkerAnswer = { drawn: boolean } | { error: string };

const REGISTRY = Symbol.for('careers.ogImagePool');
type Registry = { [REGISTRY]?: OgImageQueue };

/** The pool of the build in progress, if any; `astro dev` has none and draws on request. */
export function registeredOgImageQueue(): OgImageQueue | undefined {
  return (globalThis as Registry)[REGISTRY];
}

export function registerOgImageQueue(queue: OgImageQueue | undefined): void {
  (globalThis as Registry)[REGISTRY] = queue;
}
