// Starts the whole bot in-process (the same createApp as `npm start`) on 127.0.0.1 with an
// ephemeral port and in-memory state. MicrosoftAppId is never set, so no request leaves the machine.
import { Writable } from 'node:stream';
import { createApp, type App, type AppOptions, type BotParts } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logging/logger.js';
import { sharedModelsEnv } from './modelCache.js';
import { REPO_ROOT } from './repo.js';

export { REPO_ROOT };

export interface TestApp {
  app: App;
  /** http://127.0.0.1:PORT */
  url: string;
  /** http://127.0.0.1:PORT/api/messages */
  endpoint: string;
  /** Log lines written so far, parsed. */
  logs: Record<string, unknown>[];
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Extra environment (config) values; STORAGE defaults to memory. */
  env?: Record<string, string>;
  parts?: BotParts;
  extraRoutes?: AppOptions['extraRoutes'];
  stateStorage?: AppOptions['stateStorage'];
  logLevel?: string;
  /** Listen on this port (a restarted app comes back where the old one was); an ephemeral port by default. */
  port?: number;
}

export function testConfig(env: Record<string, string> = {}) {
  const base: Record<string, string> = { STORAGE: 'memory', LOG_LEVEL: 'silent', ...sharedModelsEnv() };
  return loadConfig({ ...base, ...env }, REPO_ROOT);
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const config = testConfig(options.env);
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });
  const log = createLogger(options.logLevel ?? 'warn', sink);
  const app = await createApp({ config, log, parts: options.parts, extraRoutes: options.extraRoutes, stateStorage: options.stateStorage });
  const url = await app.listen(options.port ?? 0, '127.0.0.1');
  return {
    app,
    url: url.replace('localhost', '127.0.0.1'),
    endpoint: `${url.replace('localhost', '127.0.0.1')}/api/messages`,
    logs,
    close: () => app.close(),
  };
}
