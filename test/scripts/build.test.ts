// scripts/build.mjs, which `npm install`, `npm start` and every staff command run first: it
// compiles only what changed since the last build, and nothing when nothing changed (so a staff
// command starts at once instead of waiting for tsc).
import { mkdtemp, mkdir, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from '../../scripts/build.mjs';
import { repoPath } from '../support/repo.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A small project shaped like this one (src/, dialogs/, the same tsconfig files, ES modules). */
async function project(files: Record<string, string>): Promise<{ root: string; outDir: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'build-test-'));
  dirs.push(root);
  await symlink(repoPath('node_modules'), path.join(root, 'node_modules'));
  for (const name of ['tsconfig.json', 'tsconfig.build.json', 'package.json']) await writeFile(path.join(root, name), await readFile(repoPath(name)));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
  return { root, outDir: path.join(root, 'dist') };
}

/** Moves a file's modification time forward, as an editor's save does. */
async function edit(file: string, text: string): Promise<void> {
  await writeFile(file, text);
  const later = new Date(Date.now() + 5_000);
  await utimes(file, later, later);
}

describe('the build', () => {
  it('compiles everything the first time, nothing when nothing changed, then only the edited file', async () => {
    const { root, outDir } = await project({
      'src/greeting.ts': "export const greeting = (name: string): string => `Hi ${name}`;\n",
      'src/main.ts': "import { greeting } from './greeting.js';\nexport const text: string = greeting('Pat');\n",
      'dialogs/step.ts': "import type { Buffer } from 'node:buffer';\nexport type Step = { body: Buffer };\nexport const STEP = 1;\n",
    });
    expect(build({ root, outDir })).toEqual({ compiled: 3, removed: 0 });
    expect(build({ root, outDir })).toEqual({ compiled: 0, removed: 0 });

    await edit(path.join(root, 'src/greeting.ts'), "export const greeting = (name: string): string => `Hello ${name}`;\n");
    expect(build({ root, outDir })).toEqual({ compiled: 1, removed: 0 });
    const main = (await import(pathToFileURL(path.join(outDir, 'src/main.js')).href)) as { text: string };
    expect(main.text).toBe('Hello Pat');
    // Type-only imports are gone from the JavaScript, as with tsc.
    expect(await readFile(path.join(outDir, 'dialogs/step.js'), 'utf8')).not.toContain('node:buffer');
  });

  it('removes the output of a deleted source file, and rebuilds everything when the TypeScript settings change', async () => {
    const { root, outDir } = await project({ 'src/a.ts': 'export const a = 1;\n', 'src/b.ts': 'export const b = 2;\n' });
    build({ root, outDir });
    await rm(path.join(root, 'src/b.ts'));
    expect(build({ root, outDir })).toEqual({ compiled: 0, removed: 1 });
    expect(existsSync(path.join(outDir, 'src/b.js'))).toBe(false);

    await edit(path.join(root, 'tsconfig.build.json'), await readFile(path.join(root, 'tsconfig.build.json'), 'utf8'));
    expect(build({ root, outDir })).toEqual({ compiled: 1, removed: 0 });
  });

  it('compiles again a file whose output was deleted', async () => {
    const { root, outDir } = await project({ 'src/a.ts': 'export const a = 1;\n' });
    build({ root, outDir });
    await rm(path.join(outDir, 'src/a.js'));
    expect(build({ root, outDir })).toEqual({ compiled: 1, removed: 0 });
  });
});
