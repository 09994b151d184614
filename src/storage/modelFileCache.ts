// Trained models kept as files (DATA_DIR/models/<name>-<key>.bin): one per model name, the older ones removed.
// A cache only: any failure to read or write falls back to training, with nothing lost.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ModelCache } from '../understanding/learning/modelCache.js';

export class ModelFileCache implements ModelCache {
  constructor(private readonly dir: string) {}

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
