#!/usr/bin/env node
// Compiles src/ and dialogs/ to dist/ (`npm run build`; also when installing, and before `npm start`
// and every CLI through scripts/prelaunch.mjs). Only files changed since the last build are
// compiled, each on its own with TypeScript's transpileModule (the project sets isolatedModules,
// so a file compiles the same alone as with the whole program). Nothing to do takes a few
// milliseconds; the first build about two seconds. Type errors are what `npm run typecheck` and
// `npm test` are for: a type error does not stop the bot from starting, as with tsx or ts-node.
//
//   node scripts/build.mjs [--out DIR] [--quiet]     DIR defaults to dist/ in the project
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE_DIRS = ['src', 'dialogs'];
/** Files whose change means every output may differ. */
const SETTINGS = ['tsconfig.json', 'tsconfig.build.json'];
const MANIFEST = '.build-manifest.json';
const FORMAT = 2;
const LOCK_WAIT_MS = 120_000;
const STALE_LOCK_MS = 10 * 60_000;

function sourcesUnder(root, dir, found = []) {
  let entries;
  try {
    entries = readdirSync(path.join(root, dir), { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) sourcesUnder(root, rel, found);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) found.push(rel);
  }
  return found;
}

/** Every source file with its modification time, and the settings' times. */
function snapshot(root) {
  const files = {};
  for (const dir of SOURCE_DIRS) for (const rel of sourcesUnder(root, dir)) files[rel] = statSync(path.join(root, rel)).mtimeMs;
  const settings = {};
  for (const name of SETTINGS) settings[name] = existsSync(path.join(root, name)) ? statSync(path.join(root, name)).mtimeMs : 0;
  return { format: FORMAT, settings, files };
}

function readManifest(outDir) {
  try {
    return JSON.parse(readFileSync(path.join(outDir, MANIFEST), 'utf8'));
  } catch {
    return undefined;
  }
}

const outputOf = (outDir, rel) => path.join(outDir, rel.replace(/\.ts$/, '.js'));

/** What a build would do: files to compile and outputs to delete (empty lists: up to date). */
export function plan({ root = PROJECT_ROOT, outDir = path.join(root, 'dist') } = {}) {
  const now = snapshot(root);
  const before = readManifest(outDir);
  const everything =
    !before || before.format !== FORMAT || SETTINGS.some((name) => before.settings?.[name] !== now.settings[name]);
  const compile = Object.keys(now.files).filter(
    (rel) => everything || before.files[rel] !== now.files[rel] || !existsSync(outputOf(outDir, rel)),
  );
  const remove = before && !everything ? Object.keys(before.files).filter((rel) => !(rel in now.files)) : [];
  return { now, compile, remove };
}

function compilerOptions(ts, root) {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.build.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  // Every file is an ES module (package.json "type": "module"): NodeNext emits exactly this for them.
  return {
    ...parsed.options,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noEmit: false,
    incremental: false,
    declaration: false,
  };
}

function compileFiles(root, outDir, files) {
  const ts = createRequire(path.join(root, 'package.json'))('typescript');
  const options = compilerOptions(ts, root);
  for (const rel of files) {
    const source = path.join(root, rel);
    const output = outputOf(outDir, rel);
    const result = ts.transpileModule(readFileSync(source, 'utf8'), { compilerOptions: options, fileName: source, reportDiagnostics: true });
    const problems = (result.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
    if (problems.length) {
      throw new Error(`${rel}: ${problems.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('; ')}`);
    }
    mkdirSync(path.dirname(output), { recursive: true });
    writeFileSync(output, result.outputText);
    if (result.sourceMapText) {
      // Point the map at the source file, relative to the output (as tsc does).
      const map = JSON.parse(result.sourceMapText);
      map.file = path.basename(output);
      map.sources = [path.relative(path.dirname(output), source).split(path.sep).join('/')];
      writeFileSync(`${output}.map`, JSON.stringify(map));
    }
  }
}

/** Waits for another build of the same folder (two commands started at once), then holds the lock. */
function lock(outDir) {
  const dir = path.join(outDir, '.build-lock');
  mkdirSync(outDir, { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(dir);
      return () => rmSync(dir, { recursive: true, force: true });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(dir).mtimeMs > STALE_LOCK_MS) rmSync(dir, { recursive: true, force: true });
      } catch {
        // gone meanwhile
      }
      if (Date.now() > deadline) throw new Error(`another build holds ${dir}; remove it if no build is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
}

function typescriptInstalled(root) {
  try {
    createRequire(path.join(root, 'package.json')).resolve('typescript');
    return true;
  } catch {
    return false;
  }
}

/**
 * Brings outDir up to date with the sources. Returns what it did. Without TypeScript (installed
 * with --omit=dev) an existing build is used as it is.
 */
export function build({ root = PROJECT_ROOT, outDir = path.join(root, 'dist'), log = () => {} } = {}) {
  const pending = plan({ root, outDir });
  if (pending.compile.length === 0 && pending.remove.length === 0) return { compiled: 0, removed: 0 };
  if (!typescriptInstalled(root)) {
    if (existsSync(path.join(outDir, 'src', 'index.js'))) {
      log(`build: TypeScript is not installed; using the existing ${path.relative(root, outDir) || outDir}/ as it is`);
      return { compiled: 0, removed: 0 };
    }
    throw new Error('TypeScript is not installed and there is no build yet: run `npm install` (with dev dependencies) first.');
  }
  const release = lock(outDir);
  try {
    // Another command may have built while this one waited for the lock.
    const { now, compile, remove } = plan({ root, outDir });
    const started = Date.now();
    compileFiles(root, outDir, compile);
    for (const rel of remove) for (const file of [outputOf(outDir, rel), `${outputOf(outDir, rel)}.map`]) rmSync(file, { force: true });
    writeFileSync(path.join(outDir, MANIFEST), JSON.stringify(now));
    if (compile.length || remove.length) log(`build: ${compile.length} file(s) compiled in ${Date.now() - started} ms`);
    return { compiled: compile.length, removed: remove.length };
  } finally {
    release();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, quiet: { type: 'boolean' } } });
  try {
    build({ outDir: values.out ? path.resolve(values.out) : undefined, log: values.quiet ? () => {} : (line) => console.error(line) });
  } catch (error) {
    console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
