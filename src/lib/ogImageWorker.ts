/** A worker thread of the OG image pool (ogImagePool.ts): draws one image per message. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { renderOgImage } from './ogImage.ts';
import type { WorkerAnswer, WorkerRequest } from './ogImageQueue.ts';

if (!parentPort) throw new Error('ogImageWorker.ts runs as a worker thread of ogImagePool.ts');
const port = parentPort;

port.on('message', async ({ input, file }: WorkerRequest) => {
  let answer: WorkerAnswer;
  try {
    const { png, cached } = await renderOgImage(input);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, png);
    answer = { cached };
  } catch (error) {
    answer = { error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(answer);
});
