/**
 * Imported first by the OG image workers. Images are drawn while Astro renders pages on
 * its one thread, which is what the build waits for: these threads yield the cores to
 * it. On Linux each thread has a niceness of its own, inherited by the threads it
 * starts (libvips'); elsewhere the images keep normal priority.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

try {
  const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
  if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, 10);
} catch {
  // No /proc (not Linux), or not allowed: normal priority.
}
