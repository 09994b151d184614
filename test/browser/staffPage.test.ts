// The front desk's page in a real browser (Debian's Chromium, headless) against the real bot:
// sign in, see a booking made over HTTP (POST /api/messages) appear without a reload, mark it
// called back and then handled, export CSV, delete the person and see them gone from the page,
// `npm run bookings` and the data files. axe-core (WCAG 2.2 A/AA) checks the sign-in page, the
// list, a request's page, the charts, the deletion's confirmation and the health panel; the page's
// own CSP must hold (no violations in the console). A signed-out visitor, an expired session, a
// form without its CSRF token and a disabled account get nothing; the list fits a phone and a tablet.
// With STAFF_SCREENSHOTS=1 it also saves docs/images/staff-list.png, docs/images/staff-request.png and
// docs/images/staff-insights.png (never during an ordinary `npm test`).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOKING_OPENER, conversation, nextBookingStep } from '../../scripts/soak.mjs';
import { Readable } from 'node:stream';
import { runBookingsCli } from '../../src/cli/bookings.js';
import { runStaffCli } from '../../src/cli/staff.js';
import { openClinicDatabase } from '../../src/database/clinicDatabase.js';
import { conversationHash } from '../../src/insights/recorder.js';
import { InsightsStore } from '../../src/insights/store.js';
import { sampleBooking } from '../booking/sampleBooking.js';
import { repoPath } from '../support/repo.js';
import { addAccount, PASSWORD, startStaffApp, type StaffApp } from '../staff/staffClient.js';
import { CHROMIUM_PATH, chromiumAvailable, launchChromium } from './webApp.js';

const inCi = process.env.CI === 'true';
const SCREENSHOTS = process.env.STAFF_SCREENSHOTS === '1';
const PERSON = 'Gurdeep Sandhu';
const PHONE = '778-555-0142';

if (!chromiumAvailable()) {
  const message = `Chromium not found at ${CHROMIUM_PATH} (install Debian's package: apt-get install -y chromium)`;
  if (inCi) {
    describe('staff page in a browser', () => {
      it('needs Chromium in CI', () => {
        throw new Error(message);
      });
    });
  } else {
    console.warn(`SKIPPED test/browser/staffPage.test.ts: ${message}`);
  }
}

const AXE_SOURCE = readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js'), 'utf8');

/** WCAG 2.2 A/AA violations on the page as it is now (axe-core injected through the debugger, not the page's CSP). */
async function axeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  await page.evaluate(`${AXE_SOURCE};undefined`);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

async function screenshot(page: Page, name: string): Promise<void> {
  if (SCREENSHOTS) await page.screenshot({ path: repoPath('docs', 'images', name), fullPage: true });
}

/** Every file under DATA_DIR except the chat state (the person's own conversation, deleted by "forget me" or after STATE_RETENTION_DAYS). */
function bookingDataFiles(dir: string): string {
  let text = '';
  for (const name of readdirSync(dir, { recursive: true }).map(String)) {
    if (name === 'state' || name.startsWith(`state${path.sep}`)) continue;
    const file = path.join(dir, name);
    if (statSync(file).isFile()) text += readFileSync(file).toString('latin1');
  }
  return text;
}

async function cliJson(dataDir: string): Promise<{ reference: string; name: string; status: string; handledAt?: string }[]> {
  let out = '';
  const code = await runBookingsCli(['--format', 'json'], { env: { DATA_DIR: dataDir, LOG_LEVEL: 'silent' }, cwd: process.cwd(), out: (t) => (out += t), err: () => undefined });
  expect(code).toBe(0);
  return JSON.parse(out);
}

async function bookOverHttp(endpoint: string): Promise<string> {
  const chat = conversation();
  const answers: Record<string, string> = { 'Pat Example': PERSON, '604-555-0123': PHONE };
  let reply = (await chat.send(endpoint, BOOKING_OPENER)).text;
  for (let turn = 0; turn < 20; turn++) {
    const next = nextBookingStep(reply);
    if (next.reference) return next.reference;
    if (!next.answer) throw new Error(`the bot asked something unexpected: ${reply}`);
    reply = (await chat.send(endpoint, answers[next.answer] ?? next.answer)).text;
  }
  throw new Error(`no reference after 20 turns; last reply: ${reply}`);
}

async function seedInsights(dataDir: string): Promise<void> {
  const store = InsightsStore.inDataDir(dataDir);
  const day = (n: number) => new Date(Date.now() - n * 24 * 60 * 60 * 1000).toISOString();
  const questions = ['is there parking at the clinic', 'where do I park', 'do you have parking', 'can I bring my dog', 'how much does IMS cost', 'what does IMS cost'];
  for (let i = 0; i < 18; i++) {
    const conversation = conversationHash(`webchat|seed-${i}`);
    await store.append({ type: 'conversation', at: day(i % 6), conversation });
    await store.append({ type: 'unanswered', at: day(i % 6), text: questions[i % questions.length]!, candidates: [{ id: 'ims-what', score: 0.2 }], conversation });
    if (i % 3 === 0) await store.append({ type: 'feedback', at: day(i % 6), entryId: 'ims-what', vote: i % 2 ? 'down' : 'up', conversation });
    if (i % 4 === 0) await store.append({ type: 'pick', at: day(i % 6), askedText: 'does msp pay for the needle thing', pickedId: 'ims-what', offered: ['ims-what'], conversation });
    if (i % 5 === 0) await store.append({ type: 'safety', at: day(i % 6), category: i % 2 ? 'chest-pain' : 'suicidal-thoughts', outcome: 'emergency-911', text: '[redacted]', conversation });
  }
}

// Browser steps on a busy 2-core machine: generous per-test time (speed is measured by npm run bench, not here).
describe.runIf(chromiumAvailable())('staff page in a browser', { timeout: 90_000 }, () => {
  let app: StaffApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const cspViolations: string[] = [];
  let reference = '';

  beforeAll(async () => {
    app = await startStaffApp({ STORAGE: 'file' });
    await addAccount(app, 'reception');
    await addAccount(app, 'leaver');
    await seedInsights(app.dataDir);
    await app.app.booking.store.add(
      sampleBooking({ reference: 'NPC-FRMXPA', createdAt: new Date(Date.now() - 3600_000).toISOString(), reason: '=HYPERLINK("http://evil.example","x")', name: 'Spread Sheet', conversationHash: 'seeded' }),
    );
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) cspViolations.push(message.text());
    });
  }, 90_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
  });

  it('the sign-in page has a user name and a current-password field and passes axe (WCAG 2.2 AA)', async () => {
    await page.goto(`${app.url}/staff`);
    expect(page.url()).toBe(`${app.url}/staff/sign-in`);
    await expect(page.locator('input[autocomplete="username"]').count()).resolves.toBe(1);
    await expect(page.locator('input[autocomplete="current-password"]').count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a wrong password shows an error and no list', async () => {
    await page.getByLabel('User name').fill('reception');
    await page.getByLabel('Password').fill('not my password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'do not match' }).waitFor();
    expect(page.url()).toBe(`${app.url}/staff/sign-in`);
  });

  it('signs in to the list of new requests, which passes axe', async () => {
    await page.getByLabel('User name').fill('reception');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'New booking requests' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a booking made over HTTP appears in the open list without a reload', async () => {
    await page.evaluate(() => ((window as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true));
    reference = await bookOverHttp(app.endpoint);
    const row = page.locator(`tr[data-reference="${reference}"]`);
    await row.waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
    await expect(row.textContent()).resolves.toContain(PERSON);
    await expect(page.locator('#live').textContent()).resolves.toMatch(/new booking request/);
    await expect(row.getByRole('button', { name: new RegExp(`handled.*${reference}`, 'i') }).count()).resolves.toBe(1);
    await screenshot(page, 'staff-list.png');
  });

  it('marks it called back from the list, then handled on its own page; the CLI shows status and handledAt', async () => {
    await page.getByRole('button', { name: `Mark called back ${reference}` }).click();
    await page.waitForLoadState();
    expect(await page.locator(`tr[data-reference="${reference}"]`).count()).toBe(0); // no longer new
    await page.goto(`${app.url}/staff/requests/${reference}`);
    await expect(page.locator('.staff__details').textContent()).resolves.toContain('Called back');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Notes for the front desk').fill('Called at 10:05, prefers Tuesdays');
    await page.getByRole('button', { name: 'Save notes' }).click();
    await page.getByText('Notes saved.').waitFor();
    await screenshot(page, 'staff-request.png');
    await page.getByRole('button', { name: 'Mark handled' }).click();
    await page.getByText('Status changed.').waitFor();
    const listed = (await cliJson(app.dataDir)).find((r) => r.reference === reference);
    expect(listed).toMatchObject({ status: 'handled', name: PERSON });
    expect(listed?.handledAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('exports CSV with the requests, a spreadsheet formula defused', async () => {
    await page.goto(`${app.url}/staff/requests?status=all`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^reference,createdAt,received,status,handledAt,name,phone/);
    expect(csv).toContain(reference);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
  });

  it('shows what patients ask as charts, each with its numbers in a table', async () => {
    await page.goto(`${app.url}/staff/insights`);
    await page.waitForFunction(() => document.querySelectorAll('canvas').length > 0 && typeof (window as unknown as { Chart?: unknown }).Chart === 'function');
    const charts = await page.locator('section.staff__chart').count();
    expect(charts).toBe(5);
    expect(await page.locator('canvas[role="img"]').count()).toBe(5);
    expect(await page.locator('table.staff__table--numbers').count()).toBe(5);
    await expect(page.locator('section:has(#chart-safety-title) table').textContent()).resolves.toContain('suicidal-thoughts');
    await page.locator('section:has(#chart-per-day-title) summary').click();
    await expect(page.getByRole('table', { name: 'Conversations and booking requests per day: the numbers' }).isVisible()).resolves.toBe(true);
    // Chart.js drew something on every canvas.
    const painted = await page.evaluate(() =>
      Array.from(document.querySelectorAll('canvas')).every((c) => {
        const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
        return data.some((v: number, i: number) => i % 4 === 3 && v > 0);
      }),
    );
    expect(painted).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'staff-insights.png');
  });

  it("deletes a person's requests after a confirmation: gone from the list, the CLI and the data files", async () => {
    expect(bookingDataFiles(app.dataDir)).toContain(PERSON);
    await page.goto(`${app.url}/staff/forget`);
    await page.getByLabel('Reference, phone or name').fill(PHONE);
    await page.getByRole('button', { name: 'Find' }).click();
    await page.getByRole('checkbox', { name: new RegExp(reference) }).waitFor();
    await page.getByRole('button', { name: 'Delete the ticked requests…' }).click();
    await page.getByRole('heading', { name: 'Delete 1 request for good?' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Yes, delete for good' }).click();
    await page.getByText(`Deleted 1 request for good: ${reference}.`).waitFor();
    await page.goto(`${app.url}/staff/requests?status=all`);
    expect(await page.locator(`tr[data-reference="${reference}"]`).count()).toBe(0);
    expect((await cliJson(app.dataDir)).map((r) => r.reference)).not.toContain(reference);
    // The reference itself stays in the audit log (who deleted which request, when); nothing about the person does.
    const files = bookingDataFiles(app.dataDir);
    for (const trace of [PERSON, '17785550142', '778-555-0142', 'prefers Tuesdays', 'lower back pain']) expect(files.includes(trace), trace).toBe(false);
  });

  it('the health panel passes axe too', async () => {
    await page.goto(`${app.url}/staff/health`);
    await page.getByRole('heading', { name: 'Health' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('works on a phone: no sideways scrolling, rows as cards; and on a tablet at the front desk', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.url}/staff/requests?status=all`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await page.locator('#requests thead').evaluate((el) => getComputedStyle(el).position)).toBe('absolute');
    for (const [width, height] of [[768, 1024], [1024, 768]] as const) {
      await page.setViewportSize({ width, height });
      for (const target of ['/staff/requests?status=all', '/staff/requests/NPC-FRMXPA', '/staff/insights']) {
        await page.goto(`${app.url}${target}`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${target} at ${width}px`).toBe(true);
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('signing out ends the session: the back button shows nothing', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You are signed out.').waitFor();
    await page.goto(`${app.url}/staff/requests?status=all`);
    expect(page.url()).toBe(`${app.url}/staff/sign-in`);
    expect(cspViolations).toEqual([]);
  });

  describe('everyone else gets nothing', () => {
    const SEEDED = ['Spread Sheet', 'NPC-FRMXPA', 'HYPERLINK'];
    const contexts: BrowserContext[] = [];
    /** A browser of its own (its own cookies), as another person's would be. */
    async function freshTab(): Promise<Page> {
      const other = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      contexts.push(other);
      return other.newPage();
    }
    afterAll(async () => {
      await Promise.all(contexts.map((c) => c.close()));
    });

    async function signedInPage(name: string, password = PASSWORD): Promise<Page> {
      const tab = await freshTab();
      await tab.goto(`${app.url}/staff/sign-in`);
      await tab.getByLabel('User name').fill(name);
      await tab.getByLabel('Password').fill(password);
      await tab.getByRole('button', { name: 'Sign in' }).click();
      await tab.getByRole('heading', { name: 'New booking requests' }).waitFor();
      return tab;
    }

    async function expectSignInPageOnly(tab: Page): Promise<void> {
      expect(tab.url()).toBe(`${app.url}/staff/sign-in`);
      const text = await tab.content();
      for (const seeded of SEEDED) expect(text, seeded).not.toContain(seeded);
    }

    it.each(['/staff/requests?status=all', '/staff/requests/NPC-FRMXPA', '/staff/forget', '/staff/insights', '/staff/audit'])(
      'a signed-out visitor opening %s sees only the sign-in page',
      async (target) => {
        const tab = await freshTab();
        await tab.goto(`${app.url}${target}`);
        await expectSignInPageOnly(tab);
        // The live list's feed answers a signed-out script with nothing either.
        const feed = await tab.evaluate(async () => {
          const res = await fetch('/staff/api/requests', { method: 'POST' });
          return { status: res.status, body: await res.text() };
        });
        expect(feed).toEqual({ status: 401, body: '{"error":"signed-out"}' });
              },
    );

    it('an expired session: the next click lands on the sign-in page, with nothing from the list', async () => {
      const tab = await signedInPage('reception');
      await expect(tab.content()).resolves.toContain('Spread Sheet');
      const db = openClinicDatabase(app.dataDir);
      try {
        db.prepare('UPDATE staff_sessions SET last_seen_at = ?').run('2000-01-01T00:00:00.000Z');
      } finally {
        db.close();
      }
      await tab.getByRole('link', { name: 'What patients ask' }).click();
      await tab.getByRole('heading', { name: 'Sign in' }).waitFor();
      await expectSignInPageOnly(tab);
          });

    it('a form sent without its CSRF token is refused and changes nothing', async () => {
      const tab = await signedInPage('reception');
      await tab.goto(`${app.url}/staff/requests/NPC-FRMXPA`);
      // As a forged form would arrive: the same fields, without the page's token.
      await tab.evaluate(() => document.querySelectorAll('input[name="_csrf"]').forEach((input) => input.remove()));
      await tab.getByRole('button', { name: 'Mark handled' }).click();
      await tab.getByText('This form has expired or did not come from this page').waitFor();
      expect(await app.app.booking.store.get('NPC-FRMXPA')).toMatchObject({ status: 'new' });
          });

    it("another staff member's account, disabled with `npm run staff -- disable`, is out at once and cannot sign in again", async () => {
      const tab = await signedInPage('leaver');
      let err = '';
      const code = await runStaffCli(['disable', 'leaver'], {
        env: { DATA_DIR: app.dataDir, LOG_LEVEL: 'silent' },
        cwd: process.cwd(),
        out: () => undefined,
        err: (t) => (err += t),
        stdin: Readable.from(['']),
      });
      expect(code, err).toBe(0);
      // The open page may already be on its way to the sign-in page (its live list was refused): a reload
      // racing that navigation is aborted, and either way the page lands there.
      await tab.reload().catch((error: Error) => {
        if (!/ERR_ABORTED|frame was detached/.test(error.message)) throw error;
      });
      await tab.waitForURL(`${app.url}/staff/sign-in`);
      await expectSignInPageOnly(tab);
      await tab.getByLabel('User name').fill('leaver');
      await tab.getByLabel('Password').fill(PASSWORD);
      await tab.getByRole('button', { name: 'Sign in' }).click();
      await tab.getByRole('alert').filter({ hasText: 'do not match an active account' }).waitFor();
      await expectSignInPageOnly(tab);
          });
  });
});
