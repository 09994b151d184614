// Starts the real bot (createApp, as `npm start` builds it) with the website channel on
// 127.0.0.1, and a headless Debian Chromium (no browser download: /usr/bin/chromium).
import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { loadBotParts } from '../../src/app.js';
import { webChannelRoutes } from '../../src/channels/webChannels.js';
import { startTestApp, testConfig, type TestApp } from '../support/startApp.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Screenshots of the browser tests: outside the checkout (TEST_ARTIFACTS_DIR to keep them elsewhere, e.g. in CI). */
export const ARTIFACTS_DIR = process.env.TEST_ARTIFACTS_DIR ?? path.join(os.tmpdir(), 'nordel-ims-bot-test-artifacts');

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export function launchChromium(): Promise<Browser> {
  // Plain launch uses a fresh temporary profile; nothing from the network beyond 127.0.0.1.
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The app with the web channel; registers it unless the app's own wiring already serves it. */
export async function startWebApp(env: Record<string, string> = {}, options: { port?: number } = {}): Promise<TestApp> {
  const parts = await loadBotParts(testConfig(env));
  const app = await startTestApp({ env, parts, port: options.port });
  if ((await fetch(`${app.url}/embed.js`)).status !== 404) return app;
  await app.close();
  return startTestApp({ env, parts, port: options.port, extraRoutes: [webChannelRoutes({ clinic: parts.clinic, knowledge: parts.knowledge })] });
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return path.join(ARTIFACTS_DIR, name);
}
