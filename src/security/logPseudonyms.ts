// Conversation and user ids in the logs are replaced by a keyed hash (HMAC-SHA256): a log line can
// still be followed across turns and instances, but the id it stands for cannot be read back or
// recomputed without the key, so a leaked log gives no way into a conversation. The key is
// per install: LOG_HASH_KEY (the same on every instance), else DATA_DIR/log-hash.key (created
// 0600 on first start), else, when nothing may be kept on disk (STORAGE=memory), one per process.
import { createHmac, randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Config } from '../config.js';
import { remembered } from '../remembered.js';
import { readOrCreateSecretFile } from '../storage/secretFile.js';

export const LOG_HASH_KEY_FILE = 'log-hash.key';
const KEY_BYTES = 32;

/** Maps an id to its pseudonym (16 base64url characters, 96 bits). */
export type Pseudonymizer = (id: string) => string;

// Remembered per id: a conversation logs every turn, and an HMAC costs more than the rest of the line.
export function pseudonymizer(key: Uint8Array = randomBytes(KEY_BYTES)): Pseudonymizer {
  return remembered((id) => createHmac('sha256', key).update(id, 'utf8').digest('base64url').slice(0, 16));
}

/** The install's key (see the top of this file); throws when DATA_DIR cannot hold it. */
export async function loadLogHashKey(config: Pick<Config, 'logHashKey' | 'dataDir' | 'storage'>): Promise<Uint8Array> {
  if (config.logHashKey) return Buffer.from(config.logHashKey, 'utf8');
  if (config.storage.kind === 'memory') return randomBytes(KEY_BYTES);
  const file = path.join(config.dataDir, LOG_HASH_KEY_FILE);
  const stored = readOrCreateSecretFile(file, () => randomBytes(KEY_BYTES).toString('base64url'));
  if (stored.length < KEY_BYTES) throw new Error(`${file} is too short to be a key: delete it and a new one is made`);
  return Buffer.from(stored, 'utf8');
}
