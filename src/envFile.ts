// Settings from a `.env` file (KEY=value lines, as in .env.example), read once at start-up into
// process.env, before the configuration is read. A variable already set in the real environment
// (the host's settings, the shell) wins over the file. `ENV_FILE` names another file; `ENV_FILE=none`
// reads none (hosts that set everything themselves, and the tests).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from './config.js';

export const DEFAULT_ENV_FILE = '.env';

/** Loads the settings file into process.env; returns its path, or undefined when none was read. */
export function loadEnvFile(cwd = process.cwd()): string | undefined {
  const named = process.env.ENV_FILE?.trim();
  if (named === 'none') return undefined;
  const file = path.resolve(cwd, named || DEFAULT_ENV_FILE);
  if (!existsSync(file)) {
    // A missing .env is normal (everything is optional); a missing file someone named is a mistake.
    if (named) throw new ConfigError(`ENV_FILE: ${file} does not exist (ENV_FILE=none reads no file).`);
    return undefined;
  }
  try {
    process.loadEnvFile(file);
  } catch (error) {
    throw new ConfigError(`${file} could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  return file;
}
