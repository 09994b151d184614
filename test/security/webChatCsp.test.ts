// The Content-Security-Policy of src/security in a real browser: the web chat page is served
// under exactly that policy (replacing whatever the page route sets), and Web Chat must still
// load, connect over the local Direct Line WebSocket and answer, with no CSP violation reported.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaderOptions } from '../../src/security/registerSecurity.js';
import { contentSecurityPolicy } from '../../src/security/securityHeaders.js';
import type { RouteRegistrar } from '../../src/server.js';
import { startTestApp, type TestApp } from '../support/startApp.js';
import { BOT_BUBBLE, SEND_BOX } from '../browser/measureLatency.js';
import { chromiumAvailable, launchChromium } from '../browser/webApp.js';

function policyFor(app: TestApp): string {
  return contentSecurityPolicy(securityHeaderOptions(app.app.config), new URL(app.url).host);
}

/** The page route sets its own CSP; for this test the page goes out under src/security's policy instead. */
const servePageUnderSecurityPolicy: RouteRegistrar = (server, { config }) => {
  server.pre((req, res, next) => {
    if (req.method === 'GET' && req.getPath() === '/') {
      const policy = contentSecurityPolicy(securityHeaderOptions(config), req.headers.host);
      const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => unknown;
      (res as unknown as { writeHead: (...args: unknown[]) => unknown }).writeHead = (...args: unknown[]) => {
        res.removeHeader('Content-Security-Policy');
        const headers = args.find((a) => a && typeof a === 'object') as Record<string, unknown> | undefined;
        if (headers) for (const name of Object.keys(headers)) if (name.toLowerCase() === 'content-security-policy') delete headers[name];
        res.setHeader('Content-Security-Policy', policy);
        return writeHead(...args);
      };
    }
    next();
  });
};

describe.runIf(chromiumAvailable())('web chat under the security CSP (headless Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'csp-browser-'));
    app = await startTestApp({ env: { DATA_DIR: dataDir }, extraRoutes: [servePageUnderSecurityPolicy] });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('loads, connects and answers with no CSP violation', async () => {
    const policy = policyFor(app);
    const page = await browser.newPage();
    const violations: string[] = [];
    const problems: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    const response = await page.goto(`${app.url}/`);
    expect(response?.headers()['content-security-policy']).toBe(policy);
    await page.getByRole('button', { name: /^Chat with/ }).click();
    await page.locator(SEND_BOX).waitFor();
    await expect.poll(() => page.locator(BOT_BUBBLE).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const before = await page.locator(BOT_BUBBLE).count();
    await page.locator(SEND_BOX).fill('what is IMS?');
    await page.locator(SEND_BOX).press('Enter');
    await expect.poll(() => page.locator(BOT_BUBBLE).count(), { timeout: 20_000 }).toBeGreaterThan(before);
    expect(await page.locator(BOT_BUBBLE).last().textContent()).toMatch(/IMS/);

    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
