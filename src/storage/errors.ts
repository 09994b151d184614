// The two ways a state operation can fail that callers must tell apart: someone else wrote first
// (eTag conflict: a logic/concurrency outcome) or the store cannot be reached (an outage the user
// should hear about politely, and that heals by itself).

/** A write carried an eTag that no longer matches the stored item. Same message as botbuilder's stores. */
export class ETagConflictError extends Error {
  override name = 'ETagConflictError';
  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
  }
}

export type StorageOperation = 'read' | 'write' | 'delete';

/** The state store failed or timed out. The next call tries the store again; nothing stays broken. */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
  constructor(
    readonly operation: StorageOperation,
    options?: { cause?: unknown },
  ) {
    super(`State storage is unavailable (${operation}): ${describe(options?.cause)}`, options);
  }
}

/** True for an eTag conflict from any botbuilder store (they all use the same message). */
export function isETagConflict(error: unknown): boolean {
  return (
    error instanceof ETagConflictError ||
    (error instanceof Error && /due to eTag conflict/.test(error.message) && !('statusCode' in error && error.statusCode))
  );
}

/**
 * True when `error`, or any error in its `cause` chain, is a StorageUnavailableError.
 * Checks the name too, so copies of this module loaded twice (src vs dist) still agree.
 */
export function isStorageUnavailable(error: unknown): error is StorageUnavailableError {
  for (let e = error, depth = 0; e instanceof Error && depth < 10; e = e.cause, depth++) {
    if (e instanceof StorageUnavailableError || e.name === 'StorageUnavailableError') return true;
  }
  return false;
}

function describe(cause: unknown): string {
  if (cause instanceof Error) return cause.message || cause.name;
  return cause === undefined ? 'unknown error' : String(cause);
}
