// The website widget in a real browser (Debian's Chromium, headless) against the real bot: open
// the bubble, ask, click a suggested action, book through the widget, and check that one
// visitor's token cannot read another visitor's conversation; an over-long message, the
// feedback row, and a restart of the bot as a visitor lives through them.
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBotParts } from '../../src/app.js';
import { say as words } from '../../src/kb/messages.js';
import type { ServingKnowledge } from '../../src/kb/serving.js';
import { freePort } from '../support/freePort.js';
import { requires } from '../support/required.js';
import { testConfig, type TestApp } from '../support/startApp.js';
import { BOT_BUBBLE, SEND_BOX } from './measureLatency.js';
import { CHROMIUM_PATH, artifactPath, chromiumAvailable, launchChromium, startWebApp } from './webApp.js';

const SUGGESTED_ACTION = '.webchat__suggested-actions__button';
const haveChromium = requires(chromiumAvailable(), `Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`, 'test/browser/webchat.test.ts');

/** A stand-in for the clinic's own website (another origin) that pastes the embed snippet. */
async function startClinicSite(): Promise<{ url: string; setBot(url: string): void; close(): Promise<void> }> {
  let bot = '';
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html><head><title>Clinic site</title><script src="${bot}/embed.js" defer></script></head><body><h1>Our clinic</h1></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    setBot: (url) => {
      bot = url;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.runIf(haveChromium)('web chat widget in a browser', () => {
  let app: TestApp;
  let browser: Browser;
  let knowledge: ServingKnowledge;
  let dataDir: string;
  let clinicSite: Awaited<ReturnType<typeof startClinicSite>>;
  let otherSite: Awaited<ReturnType<typeof startClinicSite>>;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'webchat-browser-'));
    [clinicSite, otherSite] = await Promise.all([startClinicSite(), startClinicSite()]);
    // File storage, as `npm start` runs by default (insights, and with them the feedback row, need it).
    const env = { DATA_DIR: dataDir, STORAGE: 'file', ALLOWED_ORIGINS: clinicSite.url };
    knowledge = (await loadBotParts(testConfig(env))).knowledge;
    app = await startWebApp(env);
    clinicSite.setBot(app.url);
    otherSite.setBot(app.url);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await clinicSite?.close();
    await otherSite?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const answerOf = (id: string) => {
    const entry = knowledge.byId.get(id);
    if (!entry) throw new Error(`knowledge entry ${id} missing`);
    return entry.answer;
  };
  /** The first sentence is enough to recognise an answer on screen. */
  const opening = (text: string) => text.split(/(?<=[.!?])\s/)[0]!.trim();

  async function openWidget(page: Page, screenshot?: string, url = app.url) {
    await page.goto(`${url}/`);
    const bubble = page.getByRole('button', { name: /^Chat with/ });
    await bubble.waitFor();
    if (screenshot) await page.screenshot({ path: artifactPath(screenshot) });
    await bubble.click();
    await page.locator(SEND_BOX).waitFor();
    // The bot's welcome arrives over the WebSocket with its three starter questions.
    await expect.poll(() => page.locator(BOT_BUBBLE).count(), { timeout: 20_000 }).toBeGreaterThan(0);
  }

  async function lastBotText(page: Page): Promise<string> {
    return (await page.locator(BOT_BUBBLE).last().textContent()) ?? '';
  }

  /** Waits for the next bot message after `before` bubbles, then returns the newest text. */
  async function nextBotText(page: Page, before: number, timeout = 20_000): Promise<string> {
    await expect.poll(() => page.locator(BOT_BUBBLE).count(), { timeout }).toBeGreaterThan(before);
    // A turn may send several messages; settle on the newest once the count stops growing.
    let count = await page.locator(BOT_BUBBLE).count();
    for (;;) {
      await page.waitForTimeout(150);
      const now = await page.locator(BOT_BUBBLE).count();
      if (now === count) break;
      count = now;
    }
    return lastBotText(page);
  }

  async function say(page: Page, text: string, timeout?: number): Promise<string> {
    const before = await page.locator(BOT_BUBBLE).count();
    await page.locator(SEND_BOX).fill(text);
    await page.locator(SEND_BOX).press('Enter');
    return nextBotText(page, before, timeout);
  }

  /** Every bot message's text on screen, joined (to find answers anywhere in the transcript). */
  async function transcriptText(page: Page): Promise<string> {
    return (await page.locator(BOT_BUBBLE).allTextContents()).join('\n');
  }

  async function click(page: Page, label: RegExp | string): Promise<string> {
    const before = await page.locator(BOT_BUBBLE).count();
    await page.locator(SUGGESTED_ACTION, { hasText: label }).first().click();
    return nextBotText(page, before);
  }

  async function conversationOf(page: Page): Promise<{ token: string; conversationId: string }> {
    return page.evaluate(() => {
      const key = Object.keys(sessionStorage).find((k) => k.startsWith('nordel-chat:'));
      return JSON.parse(sessionStorage.getItem(key ?? '') ?? '{}') as { token: string; conversationId: string };
    });
  }

  let firstPage: Page;

  it('answers a typed question and a clicked suggested action', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 820 } });
    firstPage = await context.newPage();
    const problems: string[] = [];
    firstPage.on('pageerror', (error) => problems.push(error.message));
    firstPage.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await openWidget(firstPage, 'webchat-closed.png');
    expect(await lastBotText(firstPage)).toMatch(/IMS/);

    const answer = await say(firstPage, 'does ims hurt?');
    expect(answer).toContain(opening(answerOf('ims-sensation')));

    // Every answer offers related questions as suggested actions; click the first FAQ one.
    const labels = await firstPage.locator(SUGGESTED_ACTION).allTextContents();
    const entry = knowledge.entries.find((e) => labels.map((l) => l.trim()).includes(e.title));
    expect(entry, `a suggested action among ${labels.join(' | ')}`).toBeDefined();
    expect(await click(firstPage, entry!.title)).toContain(opening(entry!.answer));
    expect(problems).toEqual([]);
  });

  it('takes a whole booking request through the widget', async () => {
    const page = firstPage;
    // Each bot question and how a person answers it; typed or clicked like a person would.
    const steps: { asks: RegExp; answer: () => Promise<string> }[] = [
      { asks: /okay to collect|is it ok/i, answer: () => click(page, /^Yes$/) },
      { asks: /full name|your name/i, answer: () => say(page, 'Jane Tester') },
      { asks: /phone/i, answer: () => say(page, '604-555-0199') },
      { asks: /e-?mail/i, answer: () => say(page, 'skip') },
      { asks: /days and times|what time|when/i, answer: () => say(page, 'weekday mornings') },
      { asks: /help with|reason/i, answer: () => say(page, 'lower back pain') },
      { asks: /claim number/i, answer: () => say(page, 'skip') },
      { asks: /pay/i, answer: () => click(page, /Self-pay/) },
      { asks: /confirm|is this right|look right|send/i, answer: () => click(page, /^Confirm$/) },
    ];
    const done = /reference number/i;
    // A turn can send more than one message: wait until the newest is a question we know.
    const settled = async () => {
      let text = '';
      await expect
        .poll(async () => {
          text = await lastBotText(page);
          return done.test(text) || steps.some((s) => s.asks.test(text));
        }, { timeout: 20_000 })
        .toBe(true);
      return text;
    };
    await click(page, /Book a consult/);
    let text = await settled();
    const transcript = [text];
    for (let turn = 0; turn < 15 && !done.test(text); turn++) {
      const step = steps.find((s) => s.asks.test(text))!;
      await step.answer();
      text = await settled();
      transcript.push(text);
    }
    expect(text).toMatch(/reference number is\s*\S+/i);
    const reference = /reference number is\s*([A-Z0-9-]+)/i.exec(text)?.[1];
    expect(reference).toBeTruthy();
    await page.screenshot({ path: artifactPath('webchat.png') });
  });

  it('keeps the conversation when the visitor moves to another page of the site', async () => {
    const before = await conversationOf(firstPage);
    await firstPage.reload();
    await firstPage.getByRole('button', { name: /^Chat with/ }).click();
    // The history replays from the server: the booking confirmation is still there.
    await expect
      .poll(async () => (await firstPage.locator(BOT_BUBBLE).allTextContents()).some((t) => /reference number is/i.test(t)), { timeout: 20_000 })
      .toBe(true);
    expect((await conversationOf(firstPage)).conversationId).toBe(before.conversationId);
    expect(await say(firstPage, 'thanks')).toBeTruthy();
  });

  it("does not let a second visitor's token read the first visitor's conversation", async () => {
    const first = await conversationOf(firstPage);
    expect(first.conversationId).toBeTruthy();

    const otherContext = await browser.newContext();
    const other = await otherContext.newPage();
    await openWidget(other);
    const second = await conversationOf(other);
    expect(second.conversationId).not.toBe(first.conversationId);

    const attempt = await other.evaluate(
      async ({ conversationId, token }) => {
        const response = await fetch(`/v3/directline/conversations/${conversationId}/activities`, {
          headers: { Authorization: `Bearer ${token}` },
        });
        return { status: response.status, body: await response.text() };
      },
      { conversationId: first.conversationId, token: second.token },
    );
    expect(attempt.status).toBe(403);
    expect(attempt.body).not.toContain('Jane');
    await otherContext.close();
  });

  it('asks a starter question straight from the teaser next to the bubble', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await page.locator('.nordel-chat__chip', { hasText: 'Does IMS hurt?' }).click();
    const answer = opening(answerOf('ims-sensation'));
    await expect.poll(async () => (await page.locator(BOT_BUBBLE).allTextContents()).some((t) => t.includes(answer)), { timeout: 20_000 }).toBe(true);
    expect(await page.locator('.nordel-chat__teaser').count()).toBe(0);
    await context.close();
  });

  it("works when pasted into the clinic's own website, and only there", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.goto(clinicSite.url);
    await page.getByRole('button', { name: /^Chat with/ }).click();
    await page.locator(SEND_BOX).waitFor();
    await expect.poll(() => page.locator(BOT_BUBBLE).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await say(page, 'what is ims')).toContain(opening(answerOf('ims-what')));
    expect(problems).toEqual([]);

    const elsewhere = await context.newPage();
    const refused = elsewhere.waitForEvent('console', (m) => m.text().includes('[nordel-chat] the chat widget is not available'));
    await elsewhere.goto(otherSite.url);
    await refused;
    expect(await elsewhere.getByRole('button', { name: /^Chat with/ }).count()).toBe(0);
    await context.close();
  });

  it('keeps a pasted message to the length the bot reads, and answers a longer one with "please shorten it"; the chat goes on', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openWidget(page);
    const max = app.app.config.limits.maxMessageChars;
    await page.locator(SEND_BOX).fill('x'.repeat(max + 500));
    expect((await page.locator(SEND_BOX).inputValue()).length).toBe(max);
    await expect.poll(() => page.locator('.nordel-chat__hint').textContent()).toContain(max.toLocaleString('en-CA'));
    await page.locator(SEND_BOX).fill('');

    // A longer message can still arrive (a page calling NordelChat.ask, an old copy of the widget).
    const before = await page.locator(BOT_BUBBLE).count();
    await page.evaluate((text) => (window as unknown as { NordelChat: { ask(t: string): void } }).NordelChat.ask(text), 'y'.repeat(max + 500));
    expect(await nextBotText(page, before)).toContain(words(knowledge, 'en', 'reply.tooLong'));
    expect(await page.getByText(/Send failed/i).count()).toBe(0);
    expect(await say(page, 'what is ims')).toContain(opening(answerOf('ims-what')));
    await context.close();
  }, 90_000);

  it('asks "Was this helpful?" in one small row under the suggestions, so the answer stays in view; a click is thanked', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 820 } });
    const page = await context.newPage();
    await openWidget(page);
    expect(await say(page, 'does ims hurt?')).toContain(opening(answerOf('ims-sensation')));
    const row = page.locator('.nordel-chat__feedback');
    await row.waitFor();
    // No card with two full-width buttons in the transcript any more.
    expect(await page.locator('.webchat__basic-transcript .ac-pushButton').count()).toBe(0);
    const box = async (selector: string) => (await page.locator(selector).last().boundingBox())!;
    const [feedback, suggestions, answer, transcript] = [
      await box('.nordel-chat__feedback'),
      await box('.webchat__suggested-actions'),
      await box(BOT_BUBBLE),
      await box('.webchat__basic-transcript__scrollable'),
    ];
    expect(feedback.y).toBeGreaterThanOrEqual(suggestions.y + suggestions.height - 1);
    expect(feedback.height).toBeLessThanOrEqual(32);
    expect(answer.y).toBeGreaterThanOrEqual(transcript.y - 1);
    expect(answer.y + answer.height).toBeLessThanOrEqual(transcript.y + transcript.height + 1);
    // The bot's avatar is the clinic's mark (its initial), not a figure that reads as the accessibility symbol.
    const avatar = await (await fetch(new URL((await page.locator('.nordel-chat__avatar').getAttribute('src'))!, app.url))).text();
    expect(avatar).toContain('<title>Nordel Physio Clinic</title>');
    expect(avatar.match(/<circle/g)).toHaveLength(1);
    await page.screenshot({ path: artifactPath('webchat-feedback.png') });

    const before = await page.locator(BOT_BUBBLE).count();
    await row.getByRole('button', { name: /Yes/ }).click();
    expect((await nextBotText(page, before)).trim()).toBe(words(knowledge, 'en', 'feedback.thanksUp'));
    await expect.poll(() => row.isVisible()).toBe(false);
    await context.close();
  }, 90_000);

  /** A bot of its own on a fixed port, with file storage, so that it can be restarted. */
  async function restartableBot(env: Record<string, string> = {}) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'webchat-restart-'));
    const port = await freePort();
    // No feedback row in these: each answer is then the last bubble, on any version of the widget.
    const settings = { DATA_DIR: dir, STORAGE: 'file', INSIGHTS: 'false', ...env };
    let current = await startWebApp(settings, { port });
    return {
      get url() {
        return current.url;
      },
      async restart(changed: Record<string, string> = {}) {
        await current.close();
        current = await startWebApp({ ...settings, ...changed }, { port });
      },
      async close() {
        await current.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }

  it('carries an open chat through a restart of the bot unnoticed, and a reload afterwards keeps the transcript', async () => {
    const bot = await restartableBot();
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await openWidget(page, undefined, bot.url);
      expect(await say(page, 'does ims hurt?')).toContain(opening(answerOf('ims-sensation')));

      await bot.restart();
      // Posted to the new process; the answer arrives once Web Chat's stream has reconnected.
      expect(await say(page, 'what is ims', 60_000)).toContain(opening(answerOf('ims-what')));
      expect(await page.getByText(/Send failed|Unable to connect/i).count()).toBe(0);
      expect(await page.locator('.nordel-chat__notice').isVisible()).toBe(false);

      await page.reload();
      await page.getByRole('button', { name: /^Chat with/ }).click();
      await expect
        .poll(async () => {
          const text = await transcriptText(page);
          return text.includes(opening(answerOf('ims-sensation'))) && text.includes(opening(answerOf('ims-what')));
        }, { timeout: 20_000 })
        .toBe(true);
      expect(await say(page, 'how many sessions will I need', 30_000)).toBeTruthy();
    } finally {
      await context.close();
      await bot.close();
    }
  }, 180_000);

  it('when its token no longer works (the key was changed), starts a new conversation, keeps the transcript on screen and says so', async () => {
    const bot = await restartableBot({ TOKEN_SIGNING_SECRET: 'first-key-for-the-restart-test-0123456789' });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await openWidget(page, undefined, bot.url);
      expect(await say(page, 'does ims hurt?')).toContain(opening(answerOf('ims-sensation')));

      await bot.restart({ TOKEN_SIGNING_SECRET: 'second-key-for-the-restart-test-987654321' });
      await expect.poll(() => page.locator('.nordel-chat__notice').isVisible(), { timeout: 60_000 }).toBe(true);
      expect(await page.locator('.nordel-chat__notice').textContent()).toMatch(/reconnected as a new conversation/i);
      expect(await transcriptText(page)).toContain(opening(answerOf('ims-sensation')));
      expect(await say(page, 'what is ims', 30_000)).toContain(opening(answerOf('ims-what')));
    } finally {
      await context.close();
      await bot.close();
    }
  }, 180_000);
});
