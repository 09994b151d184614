// Finds the project's web/ folder (the page, embed script, styles, avatar) from this module,
// which runs from src/ under vitest and from dist/src/ after the build.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function findWebDir(start = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'web');
    if (existsSync(path.join(candidate, 'embed.js'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`web/ folder (with embed.js) not found above ${start}`);
  }
}
