// Chooses the Bot Framework Storage for conversation and user state from configuration.
import { MemoryStorage, type Storage } from 'botbuilder';
import type { Config } from '../config.js';
import type { Logger } from '../logging/logger.js';

export interface StateStorage {
  storage: Storage;
  /** True when the store answers (readiness probe). */
  ready(): Promise<boolean>;
  close(): Promise<void>;
}

export async function createStateStorage(_config: Config, _log: Logger): Promise<StateStorage> {
  return { storage: new MemoryStorage(), ready: async () => true, close: async () => {} };
}
