// A BlobCache in memory that counts what it was asked: whether a load was answered from what was kept.
import type { BlobCache } from '../../src/blobCache.js';

export function countingCache(): BlobCache & { blobs: Map<string, Uint8Array>; counts: { hits: number; misses: number; saves: number } } {
  const blobs = new Map<string, Uint8Array>();
  const counts = { hits: 0, misses: 0, saves: 0 };
  return {
    blobs,
    counts,
    load(name, key) {
      const bytes = blobs.get(`${name}-${key}`);
      counts[bytes ? 'hits' : 'misses']++;
      return bytes;
    },
    save(name, key, bytes) {
      counts.saves++;
      blobs.set(`${name}-${key}`, bytes);
    },
  };
}
