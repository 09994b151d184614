// Entry point (`npm start`): wiring only. .env -> config -> logger -> app (knowledge, router,
// storage, booking, dialogs, bot, server) -> listen; graceful shutdown on SIGTERM/SIGINT.
// On Node 22 and later, compiled code is kept in a disk cache (os.tmpdir()/node-compile-cache, or
// NODE_COMPILE_CACHE) so that later starts skip compiling the ~1,500 modules; the cache must be on
// before they load, so the bot's modules are imported dynamically below. Node 20 has no such cache.
import module from 'node:module';
import type { App } from './app.js';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const [{ createApp }, { ConfigError, loadConfig }, { loadEnvFile }, { KnowledgeError }, { createLogger }, { readyReport }, { loadLogHashKey }, { releaseStartupGarbage }] =
  await Promise.all([
    import('./app.js'),
    import('./config.js'),
    import('./envFile.js'),
    import('./kb/load.js'),
    import('./logging/logger.js'),
    import('./logging/readyReport.js'),
    import('./security/logPseudonyms.js'),
    import('./startupGarbage.js'),
  ]);

const SHUTDOWN_LIMIT_MS = 10_000;

/** One clear line on stderr (no stack trace), then exit 1. */
function fail(message: string): never {
  console.error(message.replace(/\s*\n\s*/g, ' '));
  process.exit(1);
}

async function main(): Promise<void> {
  let config;
  let envFile: string | undefined;
  try {
    envFile = loadEnvFile();
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
  let idKey: Uint8Array;
  try {
    idKey = await loadLogHashKey(config);
  } catch (err) {
    fail(`Could not start: the log key in DATA_DIR cannot be used: ${err instanceof Error ? err.message : String(err)}`);
  }
  const log = createLogger(config.logLevel, undefined, { idKey });

  let app: App;
  try {
    app = await createApp({ config, log });
  } catch (err) {
    if (err instanceof KnowledgeError) fail(`Knowledge base problem: ${err.message}`);
    if (err instanceof ConfigError) fail(err.message);
    // Anything else that stops start-up (an unusable DATA_DIR, say) is still one line, not a stack trace.
    fail(`Could not start: ${err instanceof Error ? err.message : String(err)}`);
  }

  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled promise rejection'));

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      log.warn('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS);
    timer.unref();
    try {
      await app.close();
      log.info('stopped');
      process.exit(0);
    } catch (err) {
      log.error({ err }, 'error while shutting down');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  const url = await app.listen();
  const report = readyReport(config, url);
  log.info({ ...report.fields, entries: app.knowledge.entries.length, storage: app.stateStorage.location, envFile }, 'ready');
  for (const warning of report.warnings) log.warn(warning);
  // The booking dialogs load on first use; load them now, after ready, so the first booking answers quickly. Then
  // start-up's garbage goes back to the system.
  setImmediate(() =>
    void app.mainDialog
      .preload()
      .catch((error: unknown) => log.warn({ err: error }, 'could not preload the booking dialogs'))
      .finally(() => releaseStartupGarbage()),
  );
}

main().catch((err: unknown) => {
  // Start-up failures other than configuration: one line, no stack trace.
  fail(`Could not start the bot: ${err instanceof Error ? err.message : String(err)}`);
});
