// The bot compiled for tests that run it as a child process, the way `npm start` and the CLIs run
// it. It is built into a folder under the system's temp dir, never into the checkout:
// <tmp>/nordel-ims-bot-build-<hash of the checkout path>/ mirrors the checkout with symbolic links
// (node_modules, package.json, web/, teams/, knowledge/, ...) and holds its own dist/. vitest's
// globalSetup builds it once per run (test/support/globalSetup.ts); later calls only check, in a
// few milliseconds, that no source changed meanwhile (scripts/build.mjs, the same build as npm's).
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from '../../scripts/build.mjs';
import { REPO_ROOT } from './repo.js';

/** Where the test build lives (stable per checkout, so the next run only compiles what changed). */
export const BUILD_ROOT = path.join(os.tmpdir(), `nordel-ims-bot-build-${createHash('sha256').update(REPO_ROOT).digest('hex').slice(0, 12)}`);
const NOT_MIRRORED = new Set(['.git', '.env', 'dist', 'data', 'test-artifacts', 'coverage']);

function mirrorCheckout(): void {
  mkdirSync(BUILD_ROOT, { recursive: true });
  for (const name of readdirSync(REPO_ROOT)) {
    if (NOT_MIRRORED.has(name)) continue;
    const link = path.join(BUILD_ROOT, name);
    try {
      lstatSync(link);
    } catch {
      try {
        symlinkSync(path.join(REPO_ROOT, name), link);
      } catch (error) {
        // Another test process made it at the same moment.
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  }
}

/** Brings the test build up to date and returns its root (the folder that holds dist/). */
export function builtProject(): string {
  mirrorCheckout();
  build({ outDir: path.join(BUILD_ROOT, 'dist') });
  if (!existsSync(path.join(BUILD_ROOT, 'dist', 'src', 'index.js'))) throw new Error(`the build in ${BUILD_ROOT} has no dist/src/index.js`);
  return BUILD_ROOT;
}

/** A path inside the up-to-date test build, e.g. built('dist/src/cli/chat.js'). */
export function built(...segments: string[]): string {
  return path.join(builtProject(), ...segments);
}

/**
 * The command line of an npm script (package.json "scripts"), pointed at the test build: what
 * `npm run <script>` runs, without npm, from any working directory.
 */
export function npmScript(script: string): { command: string; args: string[] } {
  const scripts = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const words = (scripts[script] ?? '').trim().split(/\s+/);
  if (words[0] !== 'node') throw new Error(`npm script "${script}" does not run node: ${scripts[script]}`);
  const root = builtProject();
  const args = words.slice(1).map((word) =>
    word
      .replace(/^(--import=)\.\//, `$1${REPO_ROOT}/`)
      .replace(/^dist\//, `${root}/dist/`),
  );
  return { command: process.execPath, args };
}
