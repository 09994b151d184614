// The key that signs the website chat's tokens. TOKEN_SIGNING_SECRET when it is set; otherwise
// one made at the first start and kept in DATA_DIR (0600), so that a restart does not make every
// open chat's token worthless (they would see "Unable to connect" until they reload). Only with
// STORAGE=memory (tests: nothing may be written) is the key made anew by each process.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Config } from '../../config.js';
import type { Logger } from '../../logging/logger.js';
import { readOrCreateSecretFile } from '../../storage/secretFile.js';

export const SIGNING_KEY_FILE = 'directline-token.key';
const MIN_LENGTH = 32;

export interface SigningKey {
  secret: string | undefined;
  /** Where it came from, for the start-up log. */
  source: 'setting' | 'file' | 'process';
}

export function tokenSigningKey(config: Config, log: Pick<Logger, 'info' | 'warn'>): SigningKey {
  const configured = config.directLine.tokenSigningSecret;
  if (configured) {
    if (configured.length < MIN_LENGTH) log.warn('TOKEN_SIGNING_SECRET is short: use at least 32 random characters');
    return { secret: configured, source: 'setting' };
  }
  if (config.storage.kind === 'memory') {
    log.info('TOKEN_SIGNING_SECRET is not set and STORAGE=memory: chat tokens use a random key and end when the process stops');
    return { secret: undefined, source: 'process' };
  }
  const file = path.join(config.dataDir, SIGNING_KEY_FILE);
  try {
    return { secret: readOrCreate(file), source: 'file' };
  } catch (error) {
    log.warn({ err: error, file }, 'could not keep the chat token key in DATA_DIR: open chats will end when the bot restarts');
    return { secret: undefined, source: 'process' };
  }
}

function readOrCreate(file: string): string {
  const secret = readOrCreateSecretFile(file, () => randomBytes(32).toString('base64url'));
  if (secret.length < MIN_LENGTH) throw new Error(`${file} holds no usable key (delete it to make a new one)`);
  return secret;
}
