// Trained models kept as files (DATA_DIR/models/<name>-<key>.bin): one per model name, the older ones removed.
// A shared folder (MODEL_CACHE_DIR: several bots or knowledge bases, a test run) keeps every model: one bot's
// model is not another's older one. A cache only: any failure to read or write falls back to training.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ModelCache } from '../understanding/learning/modelCache.js';

export class ModelFileCache implements ModelCache {
  constructor(
    private readonly dir: string,
    private readonly options: { shared?: boolean } = {},
  ) {}

  load(name: string, key: string): Uint8Array | undefined {
    try {
      return readFileSync(this.file(name, key));
    } catch {
      return undefined;
    }
  }

  save(name: string, key: string, model: Uint8Array): void {
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      const target = this.file(name, key);
      const temporary = `${target}.${process.pid}.tmp`;
      writeFileSync(temporary, model, { mode: 0o600 });
      renameSync(temporary, target);
      if (this.options.shared) return;
      for (const file of readdirSync(this.dir)) {
        if (file.startsWith(`${name}-`) && file !== path.basename(target)) rmSync(path.join(this.dir, file), { force: true });
      }
    } catch {
      // A read-only or full disk: the model is trained again at the next start.
    }
  }

  private file(name: string, key: string): string {
    return path.join(this.dir, `${name}-${key}.bin`);
  }
}

/**
 * The shared folder MODEL_CACHE_DIR names, for the tools that build the understanding without the bot's
 * configuration (kb:check, kb:test): none when it is unset (they train, as before).
 */
export function sharedModelCache(env: NodeJS.ProcessEnv = process.env): { modelCache: ModelCache } | Record<string, never> {
  const dir = env.MODEL_CACHE_DIR?.trim();
  return dir ? { modelCache: new ModelFileCache(path.resolve(dir), { shared: true }) } : {};
}
