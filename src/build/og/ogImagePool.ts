/**
 * Draws Open Graph images in worker threads, beside Astro's page rendering.
 *
 * Drawing one image takes ~15 ms of CPU (satori lays out the text, librsvg rasterizes,
 * libpng encodes); a site of 1,000 postings has 3,000 of them. Rendered as Astro
 * endpoints they ran one after another on the thread that renders pages, and were half
 * of a clean build. Here the OG route hands each image to this pool as soon as the site
 * map is known, and workers draw them on the other cores while pages render; the build
 * waits for the last one in `astro:build:done` (src/build/og/ogImages.ts).
 *
 * Before that, while Astro syncs content and Vite bundles (mostly one busy core), the
 * build warms the pool with the images it expects from the content check's reading
 * (warm()): they are drawn into .cache/og only. What the route then asks for is found
 * there and linked. A warm-up that guessed wrong costs time, never a wrong image.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ogCacheFile, placeCached, type OgImageInput } from './ogCache.ts';
import type {
  OgImageJob,
  OgImageQueue,
  OgImageReport,
  WorkerAnswer,
  WorkerRequest,
} from './ogImageQueue.ts';

/**
 * One worker per core, at most four. The rendering thread shares the cores with them; on
 * two cores, two workers finished a 1,000-posting build sooner than one (97 s against 106 s).
 */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

export class OgImagePool implements OgImageQueue {
  readonly #outDir: string;
  readonly #workers: Worker[] = [];
  readonly #idle: Worker[] = [];
  readonly #queue: WorkerRequest[] = [];
  /** Warm-up requests not started yet, by cache file (one per picture); the route's requests go first. */
  readonly #warmQueue = new Map<string, WorkerRequest>();
  /** The image each busy worker is drawing. */
  readonly #assigned = new Map<Worker, WorkerRequest>();
  readonly #files = new Set<string>();
  readonly #errors: string[] = [];
  #drawn = 0;
  #fromCache = 0;
  #drawnAhead = 0;
  #whenIdle: (() => void) | undefined;

  constructor(outDir: string, size = defaultPoolSize()) {
    this.#outDir = outDir;
    const script = new URL('./ogImageWorker.ts', import.meta.url);
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script);
      worker.on('message', (answer: WorkerAnswer) => this.#answered(worker, answer));
      worker.on('error', (error: unknown) =>
        this.#crashed(worker, error instanceof Error ? error.message : String(error)),
      );
      // Idle workers must not keep a failed build's process alive; drain() holds them.
      worker.unref();
      this.#workers.push(worker);
      this.#idle.push(worker);
    }
  }

  submit({ input, file }: OgImageJob): void {
    const target = path.resolve(this.#outDir, file);
    if (!target.startsWith(this.#outDir + path.sep))
      throw new Error(`OG image path outside the output folder: ${file}`);
    // Drawn once, however many times it is asked for.
    if (this.#files.has(target)) return;
    this.#files.add(target);
    // Drawn already (by the warm-up or an earlier build): linked here and now, no worker needed.
    const cached = ogCacheFile(input);
    if (existsSync(cached)) {
      try {
        placeCached(cached, target);
        this.#fromCache++;
      } catch (error) {
        this.#errors.push(
          `${this.#describe({ input, file: target })}: ${(error as Error).message}`,
        );
      }
      return;
    }
    // Asked for before the warm-up reached it: drawn once, for the output.
    this.#warmQueue.delete(cached);
    this.#queue.push({ input, file: target });
    this.#dispatch();
  }

  /** Draws these into .cache/og ahead of the route's requests, when a worker has nothing else to do. */
  warm(inputs: OgImageInput[]): void {
    for (const input of inputs) {
      const cached = ogCacheFile(input);
      if (!existsSync(cached)) this.#warmQueue.set(cached, { input });
    }
    this.#dispatch();
  }

  /** Resolves when every submitted image is written; rejects naming each image that failed. */
  async drain(): Promise<OgImageReport> {
    // Every image the site needs has been asked for by now: the rest of the warm-up was a wrong guess.
    this.#warmQueue.clear();
    for (const worker of this.#workers) worker.ref();
    if (this.#busy()) await new Promise<void>((resolve) => (this.#whenIdle = resolve));
    if (this.#errors.length > 0)
      throw new Error(`Open Graph images failed:\n${this.#errors.join('\n')}`);
    return {
      images: this.#files.size,
      drawn: this.#drawn,
      fromCache: this.#fromCache,
      drawnAhead: this.#drawnAhead,
    };
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }

  #busy(): boolean {
    return this.#queue.length > 0 || this.#warmQueue.size > 0 || this.#assigned.size > 0;
  }

  #next(): WorkerRequest | undefined {
    const request = this.#queue.shift();
    if (request) return request;
    const warm = this.#warmQueue.entries().next();
    if (warm.done) return undefined;
    this.#warmQueue.delete(warm.value[0]);
    return warm.value[1];
  }

  #dispatch(): void {
    while (this.#idle.length > 0 && (this.#queue.length > 0 || this.#warmQueue.size > 0)) {
      const worker = this.#idle.pop()!;
      const request = this.#next()!;
      this.#assigned.set(worker, request);
      worker.postMessage(request);
    }
    if (!this.#busy()) this.#whenIdle?.();
  }

  #answered(worker: Worker, answer: WorkerAnswer): void {
    const request = this.#assigned.get(worker);
    this.#assigned.delete(worker);
    if (!request?.file) {
      // A warm-up that failed is asked for again by the route, which reports the error.
      if ('drawn' in answer && answer.drawn) this.#drawnAhead++;
    } else if ('error' in answer) this.#errors.push(`${this.#describe(request)}: ${answer.error}`);
    else if (answer.drawn) this.#drawn++;
    else this.#fromCache++;
    this.#idle.push(worker);
    this.#dispatch();
  }

  /** A worker that crashed takes its image with it; the others finish the queue. */
  #crashed(worker: Worker, reason: string): void {
    const request = this.#assigned.get(worker);
    if (request?.file)
      this.#errors.push(`${this.#describe(request)}: the worker drawing it stopped: ${reason}`);
    this.#assigned.delete(worker);
    for (const list of [this.#workers, this.#idle])
      if (list.includes(worker)) list.splice(list.indexOf(worker), 1);
    if (this.#workers.length === 0) {
      for (const request of this.#queue)
        this.#errors.push(`${this.#describe(request)}: not drawn, no worker left`);
      this.#queue.length = 0;
      this.#warmQueue.clear();
    }
    this.#dispatch();
  }

  #describe(request: WorkerRequest | undefined): string {
    return request?.file
      ? `${path.relative(this.#outDir, request.file)} (“${request.input.title}”)`
      : 'an OG image';
  }
}
