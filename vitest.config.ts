import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Test files that run the bot or its tools as child processes, drive Chromium, start Azurite or
 * run the benchmark: the slow end-to-end layer. `npm run test:unit` leaves them out (the fast,
 * in-process inner loop); `npm test` runs everything.
 */
const END_TO_END = [
  'test/browser/**/*.test.ts',
  'test/scaleout/**/*.test.ts',
  'test/bench/bench.test.ts',
  'test/badinput/badInput.test.ts',
  'test/booking/durability.test.ts',
  'test/booking/createBookingStore.test.ts',
  'test/cli/chat.test.ts',
  'test/security/authConfig.test.ts',
  'test/security/requestTarget.test.ts',
  'test/security/webChatCsp.test.ts',
  'test/server/envFile.test.ts',
  'test/server/startup.test.ts',
  'test/storage/blobStateStorage.test.ts',
  'test/storage/secretFile.test.ts',
];

/**
 * In-process files that need modules of their own: a module mock (`vi.mock`). Every other in-process file
 * shares its worker's modules with the files before it (`isolate: false`): importing botbuilder, restify
 * and the understanding once per worker instead of once per file saves about a third of the suite's CPU
 * (docs/operations.md#ci). (restify patches Node's own
 * `ServerResponse.prototype.writeHead` when first loaded, after which it no longer returns the response:
 * a plain HTTP server in a test calls `res.end()` on its own line.)
 */
const OWN_MODULES = ['test/staff/passwordsAndLockout.test.ts'];

/**
 * The blind evaluation sets' bars: tens of thousands of messages read in process, the longest file of the suite
 * (about 2.5 minutes on 2 cores). A project of its own: `npm test` runs it, `npm run test:eval` runs it alone, and
 * the inner loop (`npm run test:unit`) and CI's runs on the other Node versions leave it out (reading depends on
 * the knowledge base and the models, the same on every version; the reading's own tests run on all of them).
 */
const EVALUATION = ['test/cli/writers-eval.test.ts'];

export default defineConfig({
  test: {
    // Several suites start real servers and child processes: give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // vitest's default on 2 cores is one worker, so every file ran after the other. Much of the
    // end-to-end layer waits (child processes starting, Web Chat reconnecting, time limits), so a
    // third worker overlaps those waits: 362 s -> 228 s for the whole suite on 2 cores.
    maxWorkers: Math.max(availableParallelism() - 1, 3),
    // A developer's .env (an SMTP server, say) never reaches a bot started by the tests.
    env: { ENV_FILE: 'none' },
    // One folder of trained models for the run (MODEL_CACHE_DIR): trained once, read back by every
    // bot and Understanding the tests start on the same knowledge (test/support/modelCache.ts).
    globalSetup: ['test/support/modelCache.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...END_TO_END, ...OWN_MODULES, ...EVALUATION], isolate: false },
      },
      {
        extends: true,
        test: { name: 'eval', include: EVALUATION },
      },
      {
        extends: true,
        test: { name: 'unit-own-modules', include: OWN_MODULES },
      },
      {
        extends: true,
        // One build of the bot for every child process of the run (test/support/build.ts).
        // Browsers and child processes on a busy 2-core machine: more time per test than in-process ones.
        test: { name: 'e2e', include: END_TO_END, globalSetup: ['test/support/globalSetup.ts'], testTimeout: 90_000 },
      },
    ],
  },
});
