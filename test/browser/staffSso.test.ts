// Single sign-on against a real OpenID Connect provider (oidc-provider) started here on 127.0.0.1,
// never Microsoft's hosts: a person with an SSO-only staff account signs in through the provider's
// login page in Chromium and lands on the list; a person the provider knows but the clinic has no
// account for, and a disabled account, get nothing. Requests to anything but 127.0.0.1 are blocked.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import Provider from 'oidc-provider';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { createLogger } from '../../src/logging/logger.js';
import { freePort } from '../support/freePort.js';
import { testConfig } from '../support/startApp.js';
import { CHROMIUM_PATH, chromiumAvailable, launchChromium } from './webApp.js';

const inCi = process.env.CI === 'true';
if (!chromiumAvailable()) {
  const message = `Chromium not found at ${CHROMIUM_PATH} (install Debian's package: apt-get install -y chromium)`;
  if (inCi) {
    describe('staff single sign-on', () => {
      it('needs Chromium in CI', () => {
        throw new Error(message);
      });
    });
  } else {
    console.warn(`SKIPPED test/browser/staffSso.test.ts: ${message}`);
  }
}

describe.runIf(chromiumAvailable())('staff single sign-on (OpenID Connect, provider on loopback)', { timeout: 90_000 }, () => {
  let dataDir: string;
  let app: App;
  let bot: string;
  let providerServer: Server;
  let browser: Browser;

  beforeAll(async () => {
    const [botPort, providerPort] = [await freePort(), await freePort()];
    bot = `http://127.0.0.1:${botPort}`;
    const issuer = `http://127.0.0.1:${providerPort}`;
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: 'nordel-staff',
          client_secret: 'a-test-secret-of-enough-length-1234567890',
          redirect_uris: [`${bot}/staff/sso/callback`],
          response_types: ['code'],
          grant_types: ['authorization_code'],
          token_endpoint_auth_method: 'client_secret_post',
        },
      ],
      // Whatever login is typed on the provider's page is the user; its e-mail is the login.
      findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub, email: sub, preferred_username: sub }) }),
      claims: { openid: ['sub'], email: ['email'], profile: ['preferred_username'] },
      cookies: { keys: ['only-for-this-test'] },
      features: { devInteractions: { enabled: true } },
    });
    providerServer = provider.listen(providerPort, '127.0.0.1');

    dataDir = mkdtempSync(path.join(os.tmpdir(), 'staff-sso-'));
    const config = testConfig({
      DATA_DIR: dataDir,
      STAFF_SSO_ISSUER: issuer,
      STAFF_SSO_CLIENT_ID: 'nordel-staff',
      STAFF_SSO_CLIENT_SECRET: 'a-test-secret-of-enough-length-1234567890',
      STAFF_SSO_REDIRECT_URL: `${bot}/staff/sso/callback`,
    });
    app = await createApp({ config, log: createLogger('silent') });
    await app.listen(botPort, '127.0.0.1');
    await app.staff!.auth.createSsoAccount('pat@clinic.example', 'staff');
    await app.staff!.auth.createSsoAccount('gone@clinic.example', 'staff');
    await app.staff!.auth.setDisabled('gone@clinic.example', true);
    browser = await launchChromium();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await new Promise<void>((resolve) => (providerServer ? providerServer.close(() => resolve()) : resolve()));
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function signInAs(login: string): Promise<Page> {
    const context = await browser.newContext();
    // Only this machine: the provider's dev login page would otherwise ask for a web font.
    await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
    const page = await context.newPage();
    await page.goto(`${bot}/staff/sign-in`);
    await page.getByRole('link', { name: 'Sign in with Microsoft' }).click();
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('anything');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    // The provider asks for consent the first time a person uses this client.
    const consent = page.getByRole('button', { name: 'Continue' });
    await consent.or(page.locator('body.staff')).first().waitFor();
    if (await consent.isVisible()) await consent.click();
    await page.waitForURL(`${bot}/staff/**`);
    await page.waitForLoadState('load');
    return page;
  }

  it('a person with a staff account signs in through the provider and sees the list', async () => {
    const page = await signInAs('pat@clinic.example');
    await page.getByRole('heading', { name: 'New booking requests' }).waitFor({ timeout: 10_000 });
    await expect(page.locator('.staff__who').textContent()).resolves.toBe('pat@clinic.example');
    const { entries } = await app.staff!.auth.store.listAudit();
    expect(entries.find((e) => e.actor === 'pat@clinic.example' && e.action === 'sign-in')).toMatchObject({ detail: 'single sign-on' });
    await page.context().close();
  });

  it.each([
    ['has no staff account', 'stranger@example.org'],
    ['has a disabled account', 'gone@clinic.example'],
  ])('a person the provider knows but who %s gets nothing', async (_what, login) => {
    const page = await signInAs(login);
    await page.getByRole('alert').waitFor();
    expect(page.url()).toContain('/staff/sso/callback');
    await page.goto(`${bot}/staff/requests`);
    expect(page.url()).toBe(`${bot}/staff/sign-in`);
    await page.context().close();
  });
});
