/**
 * A worker thread of the OG image pool (ogImagePool.ts), one image per message: drawn
 * into .cache/og unless it is there already, then linked (or, across file systems, copied)
 * to the output file. A warm-up message has no output file: it only fills the cache.
 */
// First, so that the threads sharp (libvips) starts inherit the lower priority.
import './lowerThreadPriority.ts';
import { parentPort } from 'node:worker_threads';
import { cachedOgImage } from './ogImage.ts';
import { placeCached } from './ogCache.ts';
import type { WorkerAnswer, WorkerRequest } from './ogImageQueue.ts';

if (!parentPort) throw new Error('ogImageWorker.ts runs as a worker thread of ogImagePool.ts');
const port = parentPort;

port.on('message', async ({ input, file }: WorkerRequest) => {
  let answer: WorkerAnswer;
  try {
    const cached = await cachedOgImage(input);
    if (file) {
      placeCached(cached.file, file);
    }
    answer = { drawn: cached.drawn };
  } catch (error) {
    answer = { error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(answer);
});
