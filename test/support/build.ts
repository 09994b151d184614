// Compiles the project to dist/ for tests that run the built CLIs as child processes (the way
// `npm start` / `npm run chat` run them). Test files run in parallel processes, so builds are
// serialised with flock; tsc is incremental, so a second build is quick.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoPath, REPO_ROOT } from './repo.js';

export function buildProject(): void {
  const tsc = repoPath('node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync('flock', [path.join(tmpdir(), 'nordel-ims-bot-build.lock'), process.execPath, tsc, '-p', 'tsconfig.build.json'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  // Type errors elsewhere still emit JavaScript; only a missing entry point is fatal here.
  for (const entry of ['dist/src/index.js', 'dist/src/cli/chat.js']) {
    if (!existsSync(repoPath(entry))) throw new Error(`build did not produce ${entry}:\n${result.stdout}${result.stderr}`);
  }
}
