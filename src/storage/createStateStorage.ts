// Chooses the Bot Framework Storage for conversation and user state from configuration:
// 'file' (default, one instance) under DATA_DIR/state, 'blob' (Azure Blob Storage, several
// instances) or 'memory' (tests). Whatever the choice, callers get a ResilientStorage: failures
// surface as StorageUnavailableError and the store is retried on every call.
import path from 'node:path';
import { MemoryStorage, type Storage } from 'botbuilder';
import type { Config } from '../config.js';
import type { Logger } from '../logging/logger.js';
import { FileStorage } from './fileStorage.js';
import { DEFAULT_STORAGE_TIMEOUT_MS, ResilientStorage } from './resilientStorage.js';
import { withTimeLimit } from './timeLimit.js';
import { startRetentionSweeps, type ExpiringStore, type RetentionSweeps } from './retention.js';

export { StorageUnavailableError, ETagConflictError, isStorageUnavailable } from './errors.js';

export interface StateStorage {
  storage: Storage;
  /** True when the store answers (readiness probe). Never throws. */
  ready(): Promise<boolean>;
  /** Stops the retention timer and waits for writes in flight. */
  close(): Promise<void>;
  /** Which store is in use, for the start-up log line. */
  kind?: Config['storage']['kind'];
  /** Where state lives: a directory, a container name, or 'memory'. No secrets. */
  location?: string;
}

export interface StateStorageOptions {
  /** Per-call time limit (default 5 s). */
  timeoutMs?: number;
  /** Delay before the first retention sweep (default 30 s). */
  firstSweepDelayMs?: number;
}

type Backend = Storage & ExpiringStore & { ready(): Promise<boolean> };

export async function createStateStorage(
  config: Config,
  log: Logger,
  options: StateStorageOptions = {},
): Promise<StateStorage> {
  const { kind, stateContainer, stateRetentionDays } = config.storage;
  if (kind === 'memory') {
    const storage = new ResilientStorage(new MemoryStorage(), { log, timeoutMs: options.timeoutMs });
    return { storage, kind, location: 'memory', ready: async () => true, close: async () => {} };
  }

  let backend: Backend;
  let location: string;
  if (kind === 'blob') {
    const connectionString = config.storage.connectionString;
    if (!connectionString) throw new Error('STORAGE=blob needs AZURE_STORAGE_CONNECTION_STRING.');
    const { BlobStateStorage } = await import('./blobStateStorage.js');
    backend = new BlobStateStorage(connectionString, stateContainer);
    location = `blob container "${stateContainer}"`;
  } else {
    const dir = path.join(config.dataDir, 'state');
    try {
      backend = await FileStorage.open(dir, { log });
    } catch (error) {
      throw new Error(`Cannot use the state directory ${dir}: ${(error as Error).message}`, { cause: error });
    }
    location = dir;
  }

  const storage = new ResilientStorage(backend, { log, timeoutMs: options.timeoutMs });
  const sweeps: RetentionSweeps = startRetentionSweeps(backend, stateRetentionDays, log, {
    firstDelayMs: options.firstSweepDelayMs,
  });
  const timeoutMs = options.timeoutMs ?? DEFAULT_STORAGE_TIMEOUT_MS;

  return {
    storage,
    kind,
    location,
    async ready() {
      try {
        return await withTimeLimit(backend.ready(), timeoutMs);
      } catch (error) {
        log.debug({ reason: (error as Error).message }, 'state storage readiness check failed');
        return false;
      }
    },
    async close() {
      await sweeps.stop();
      if (backend instanceof FileStorage) await backend.idle();
    },
  };
}
