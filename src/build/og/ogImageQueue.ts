/** What the build's image pool (ogImagePool.ts) is asked to draw, and what it reports. */
import type { OgImageInput } from './ogCache.ts';

export interface OgImageJob {
  input: OgImageInput;
  /** Where the PNG goes, relative to the pool's output folder: `og/en/home.png`. */
  file: string;
}

/** What the pool takes: one image to write into the output. */
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
