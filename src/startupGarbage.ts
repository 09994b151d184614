// Start-up leaves garbage behind (the parsed knowledge files, the training data the models were read or built from,
// the booking dialogs' module loading): some 20-40 MB of heap that V8 keeps resident until its memory reducer
// notices the process is idle, 30-40 s later. Once start-up is done, one memory-reducing collection returns it at
// once. It needs `--expose-gc` (npm start passes it); without it V8 still gets there on its own, later.

import v8 from 'node:v8';

type Gc = (options?: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

/** V8 12 (Node 22) and later read the collection's options; V8 11 (Node 20) takes an options bag for a minor one. */
const READS_GC_OPTIONS = Number(process.versions.v8.split('.')[0]) >= 12;

/** Collects start-up garbage when the process was started with `--expose-gc`; whether it could. */
export function releaseStartupGarbage(): boolean {
  const gc = (globalThis as { gc?: Gc }).gc;
  if (typeof gc !== 'function') return false;
  // 'last-resort': everything collectable, compacted, and the freed pages handed back to the system. Node 20 has no
  // such option: its plain full collection frees the garbage but leaves the live objects spread over half-empty
  // pages (about 11 MB more resident), so compaction is switched on for this one collection.
  if (READS_GC_OPTIONS) {
    gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  } else {
    v8.setFlagsFromString('--compact-on-every-full-gc');
    gc();
    v8.setFlagsFromString('--no-compact-on-every-full-gc');
  }
  return true;
}
