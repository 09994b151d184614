// Optimistic state must know the eTag its write got, or its next save in the same turn would
// conflict with itself. Reading the item back costs a read per write; a store that knows the
// eTag it gave (FileStorage) reports it instead.
import type { Storage, StoreItems } from 'botbuilder';

/** The new eTag of each item a write stored, by key. */
export type WrittenETags = Record<string, string>;

export interface ETagReportingStorage extends Storage {
  /** Like write(); resolves with the new eTags it knows (possibly none). */
  writeReportingETags(changes: StoreItems): Promise<WrittenETags>;
}

export function reportsETags(storage: Storage): storage is ETagReportingStorage {
  return typeof (storage as Partial<ETagReportingStorage>).writeReportingETags === 'function';
}
