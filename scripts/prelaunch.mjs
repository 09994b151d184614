// Loaded before every entry point of the bot (`npm start` and the CLIs run
// `node --import=./scripts/prelaunch.mjs dist/...`, see package.json), in the same process:
//   1. on Node 22 and later, the compile cache (os.tmpdir()/node-compile-cache), so that later
//      starts skip compiling the ~1,500 modules again;
//   2. the build the entry belongs to is brought up to date (scripts/build.mjs: a few
//      milliseconds when nothing changed, only the changed files otherwise);
//   3. the settings in .env are read (src/envFile.ts; the real environment wins).
import module from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

module.enableCompileCache?.();
const { build, PROJECT_ROOT } = await import('./build.mjs');

/** The dist/ folder the entry (process.argv[1]) lives in; the project's dist/ otherwise. */
function outDirOf(entry) {
  for (let dir = path.dirname(path.resolve(entry ?? '.')); path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    if (path.basename(dir) === 'dist') return dir;
  }
  return path.join(PROJECT_ROOT, 'dist');
}

function fail(message) {
  console.error(message.replace(/\s*\n\s*/g, ' '));
  process.exit(1);
}

const outDir = outDirOf(process.argv[1]);
try {
  build({ outDir, log: (line) => console.error(line) });
} catch (error) {
  fail(`Could not build the bot: ${error instanceof Error ? error.message : String(error)}`);
}
try {
  const { loadEnvFile } = await import(pathToFileURL(path.join(outDir, 'src', 'envFile.js')).href);
  loadEnvFile();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
