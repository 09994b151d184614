// Puts a time limit on every state operation and turns store failures into one typed error,
// StorageUnavailableError, so the bot can apologise instead of crashing. It keeps no "broken"
// flag: every call goes to the store again, so service resumes as soon as the store answers.
import type { Storage, StoreItems } from 'botbuilder';
import type { Logger } from '../logging/logger.js';
import { isETagConflict, StorageUnavailableError, type StorageOperation } from './errors.js';
import { reportsETags, type ETagReportingStorage, type WrittenETags } from './eTagReporting.js';
import { withTimeLimit } from './timeLimit.js';

export interface ResilientStorageOptions {
  log: Logger;
  /** Longest a single read/write/delete may take before the turn is told storage is unavailable. */
  timeoutMs?: number;
}

export const DEFAULT_STORAGE_TIMEOUT_MS = 5_000;

export class ResilientStorage implements ETagReportingStorage {
  private readonly timeoutMs: number;
  private readonly log: Logger;
  private failing = false;

  constructor(
    private readonly inner: Storage,
    options: ResilientStorageOptions,
  ) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_STORAGE_TIMEOUT_MS;
    this.log = options.log;
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.guard('read', () => this.inner.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.guard('write', () => this.inner.write(changes));
  }

  /** The new eTags when the store reports them (FileStorage), none otherwise. */
  writeReportingETags(changes: StoreItems): Promise<WrittenETags> {
    const inner = this.inner;
    if (!reportsETags(inner)) return this.write(changes).then(() => ({}));
    return this.guard('write', () => inner.writeReportingETags(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.guard('delete', () => this.inner.delete(keys));
  }

  /** False after a failed call until a call succeeds again (for logs and health reporting). */
  get available(): boolean {
    return !this.failing;
  }

  private async guard<T>(operation: StorageOperation, call: () => Promise<T>): Promise<T> {
    try {
      const result = await withTimeLimit(call(), this.timeoutMs);
      if (this.failing) {
        this.failing = false;
        this.log.info({ operation }, 'state storage is available again');
      }
      return result;
    } catch (error) {
      // A conflict is the store working correctly: pass it on unchanged.
      if (isETagConflict(error)) throw error;
      if (!this.failing) {
        this.failing = true;
        this.log.error({ operation, reason: reasonOf(error) }, 'state storage is unavailable');
      }
      throw new StorageUnavailableError(operation, { cause: summarise(error) });
    }
  }
}

function reasonOf(error: unknown): { message: string; code?: unknown; statusCode?: unknown } {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code, statusCode } = error as Error & { code?: unknown; statusCode?: unknown };
  return { message: error.message, code, statusCode };
}

/**
 * A plain copy of the failure (name, message, code, status, stack). Azure SDK errors carry the
 * whole request, signed Authorization header included, and callers will log the cause.
 */
function summarise(error: unknown): Error {
  const { message, code, statusCode } = reasonOf(error);
  const copy = Object.assign(new Error(message), code === undefined ? {} : { code }, statusCode === undefined ? {} : { statusCode });
  if (error instanceof Error) {
    copy.name = error.name;
    copy.stack = error.stack;
  }
  return copy;
}
