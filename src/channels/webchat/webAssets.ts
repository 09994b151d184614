// Finds the project's web/ folder (the page, embed script, styles, avatar) from this module,
// which runs from src/ under vitest and from dist/src/ after the build.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { folderAbove } from '../../projectFile.js';

export function findWebDir(start = path.dirname(fileURLToPath(import.meta.url))): string {
  const dir = folderAbove(start, path.join('web', 'embed.js'));
  if (!dir) throw new Error(`web/ folder (with embed.js) not found above ${start}`);
  return path.join(dir, 'web');
}
