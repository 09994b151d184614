// Files that ship beside the code (web/, teams/, resources/, knowledge/language-id/) are found by walking up
// from the module that needs them: it runs from src/ under vitest and from dist/src/ once built.
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The first folder at or above `start` that holds `relative`, or undefined. */
export function folderAbove(start: string, relative: string): string | undefined {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, relative))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}
