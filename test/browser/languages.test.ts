// The website chat in Punjabi and Chinese, in a real browser (Debian's Chromium, headless) against the real bot:
// the embed snippet's language, the English / ਪੰਜਾਬੀ / 中文 choice at the top of the chat, the fonts Gurmukhi and
// Chinese are drawn with, the widget's own words (teaser, header, notices, send box) in the chat's language, and a
// whole booking request in Punjabi and in Chinese. The booking screenshots are the ones in docs/languages.md, the
// widget's in docs/website-chat.md (DOC_IMAGES_DIR=docs/images writes them there).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { say as sayIn } from '../../src/kb/messages.js';
import type { MessageKey } from '../../src/kb/messageKeys.js';
import type { ReplyLanguage } from '../../src/kb/schema.js';
import type { ServingKnowledge } from '../../src/kb/serving.js';
import { requires } from '../support/required.js';
import { type TestApp } from '../support/startApp.js';
import { BOT_BUBBLE, SEND_BOX } from './measureLatency.js';
import { CHROMIUM_PATH, artifactPath, chromiumAvailable, launchChromium, startWebApp } from './webApp.js';

const FILE = 'test/browser/languages.test.ts';
const SUGGESTED_ACTION = '.webchat__suggested-actions__button';
const LANGUAGE_BUTTON = '.nordel-chat__language';
const BUBBLE = '.nordel-chat__bubble';
const CHIP = '.nordel-chat__chip';

/** Debian's fonts-noto-core (Noto Sans Gurmukhi) and fonts-noto-cjk (Noto Sans CJK), as .ci/run installs them. */
function installedFonts(): string {
  try {
    return execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  } catch {
    return '';
  }
}
const fonts = installedFonts();
const haveChromium = requires(chromiumAvailable(), `Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`, FILE);
const haveFonts =
  haveChromium &&
  requires(/Noto Sans Gurmukhi/.test(fonts) && /Noto Sans CJK/.test(fonts), 'the Noto fonts for Gurmukhi and Chinese (apt-get install -y fonts-noto-core fonts-noto-cjk)', FILE);

/** The clinic's own site (another origin), pasting the embed snippet with a language, or with only <html lang>. */
async function startClinicSite(): Promise<{ url: string; setBot(url: string): void; close(): Promise<void> }> {
  let bot = '';
  const server = http.createServer((req, res) => {
    const query = new URL(req.url ?? '/', 'http://x').searchParams;
    const language = query.get('language');
    const htmlLang = query.get('html') ?? 'en';
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="${htmlLang}"><head><meta charset="utf-8"><title>Clinic</title>` +
        `<script src="${bot}/embed.js"${language ? ` data-language="${language}"` : ''} defer></script></head><body><h1>Nordel</h1></body></html>`,
    );
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

describe.runIf(haveChromium)('the website chat in Punjabi and Chinese, in a browser', () => {
  let app: TestApp;
  let browser: Browser;
  let knowledge: ServingKnowledge;
  let dataDir: string;
  let site: Awaited<ReturnType<typeof startClinicSite>>;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'webchat-languages-'));
    site = await startClinicSite();
    app = await startWebApp({ DATA_DIR: dataDir, STORAGE: 'file', ALLOWED_ORIGINS: site.url });
    knowledge = app.app.knowledge;
    site.setBot(app.url);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await site?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const words = (language: ReplyLanguage, key: MessageKey, values?: Record<string, string>) => sayIn(knowledge, language, key, values);
  const titleIn = (language: ReplyLanguage, id: string) => (language === 'en' ? knowledge.byId.get(id)!.title : knowledge.translations.get(language)!.get(id)!.title!);
  const answerIn = (language: ReplyLanguage, id: string) => (language === 'en' ? knowledge.byId.get(id)!.answer : knowledge.translations.get(language)!.get(id)!.text);
  /** One of the widget's own words (knowledge/messages/<language>.yaml, widget.*), as the widget draws it. */
  const widgetWord = (language: ReplyLanguage, key: string) => knowledge.messages.get(language)!.messages[key]!.replace('{clinic}', app.app.clinic.name);
  /** The starter questions: the welcome's, in the language. */
  const startersIn = (language: ReplyLanguage) => ['ims-what', 'ims-sensation', 'ims-coverage'].map((id) => titleIn(language, id));

  /** Keeps a screenshot with the test artifacts, and in DOC_IMAGES_DIR for the docs when asked. */
  function keep(shot: string): void {
    if (!process.env.DOC_IMAGES_DIR) return;
    mkdirSync(process.env.DOC_IMAGES_DIR, { recursive: true });
    copyFileSync(shot, path.join(process.env.DOC_IMAGES_DIR, path.basename(shot)));
  }

  /** The words around the chat, as drawn (and as a screen reader names the buttons). */
  async function panelWords(page: Page) {
    const panel = page.locator('#nordel-chat-panel');
    return {
      title: await panel.locator('.nordel-chat__title').textContent(),
      subtitle: await panel.locator('.nordel-chat__subtitle').textContent(),
      footer: await panel.locator('.nordel-chat__footer').textContent(),
      panel: await panel.getAttribute('aria-label'),
      close: await panel.locator('.nordel-chat__close').getAttribute('aria-label'),
      bubble: await page.locator(BUBBLE).getAttribute('aria-label'),
    };
  }
  const panelWordsIn = (language: ReplyLanguage) => ({
    title: widgetWord(language, 'widget.title'),
    subtitle: widgetWord(language, 'widget.subtitle'),
    footer: widgetWord(language, 'widget.footer'),
    panel: widgetWord(language, 'widget.title'),
    close: widgetWord(language, 'widget.closeChat'),
    bubble: widgetWord(language, 'widget.openChat'),
  });

  async function openChat(query: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 900, height: 760 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    (page as Page & { problems?: string[] }).problems = problems;
    await page.goto(`${site.url}/?${query}`);
    await page.locator(BUBBLE).click();
    await page.locator(SEND_BOX).waitFor();
    await expect.poll(() => page.locator(BOT_BUBBLE).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    return page;
  }

  const transcript = async (page: Page) => (await page.locator(BOT_BUBBLE).allTextContents()).join('\n');
  const pressed = async (page: Page) =>
    page.locator(`${LANGUAGE_BUTTON}[aria-pressed="true"]`).allTextContents();

  /** Text as Web Chat's Markdown shows it: curly quotes, no ** marks. */
  const shown = (text: string) => text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\*\*/g, '');

  /** Waits until the newest bot message contains `text`. */
  async function botSays(page: Page, text: string): Promise<void> {
    await expect.poll(async () => shown((await page.locator(BOT_BUBBLE).last().textContent()) ?? ''), { timeout: 20_000 }).toContain(shown(text));
  }

  async function type(page: Page, text: string): Promise<void> {
    await page.locator(SEND_BOX).fill(text);
    await page.locator(SEND_BOX).press('Enter');
  }

  async function tap(page: Page, label: string): Promise<void> {
    await page.locator(SUGGESTED_ACTION, { hasText: label }).first().click();
  }

  /** The fonts Chromium drew the bot's messages with (DevTools: CSS.getPlatformFontsForNode), glyphs per family. */
  async function fontsOfBotMessages(page: Page): Promise<Map<string, number>> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: `${BOT_BUBBLE} *` });
    const used = new Map<string, number>();
    for (const nodeId of nodeIds) {
      const { fonts: drawn } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const font of drawn) used.set(font.familyName, (used.get(font.familyName) ?? 0) + font.glyphCount);
    }
    await cdp.detach();
    return used;
  }

  it.each([
    { query: 'language=pa', language: 'pa' as const, button: 'ਪੰਜਾਬੀ' },
    { query: 'language=zh-Hans', language: 'zh-Hans' as const, button: '中文' },
    { query: 'html=zh-Hant', language: 'zh-Hant' as const, button: '中文' },
    { query: 'html=en', language: 'en' as const, button: 'English' },
  ])('a clinic page with $query opens the chat in $language: welcome, buttons and Web Chat in it', async ({ query, language, button }) => {
    const page = await openChat(query);
    await botSays(page, words(language, 'welcome.intro', { clinic: app.app.clinic.name }));
    expect(await pressed(page)).toEqual([button]);
    expect(await page.locator(LANGUAGE_BUTTON).allTextContents()).toEqual(['English', 'ਪੰਜਾਬੀ', '中文']);
    expect(await page.locator(SUGGESTED_ACTION).allTextContents()).toContain(titleIn(language, 'ims-what'));
    expect(await page.locator(SEND_BOX).getAttribute('placeholder')).toBe(widgetWord(language, 'widget.sendBox.placeholder'));
    expect(await page.locator('.nordel-chat').getAttribute('lang')).toBe(language);
    expect((page as Page & { problems?: string[] }).problems).toEqual([]);
    await page.context().close();
  });

  it('switches with one tap at the top of the chat: the bot answers in the new language and keeps to it; the bot\u2019s own English button moves the choice back', async () => {
    const page = await openChat('html=en');
    await botSays(page, words('en', 'welcome.intro', { clinic: app.app.clinic.name }));

    await page.locator(LANGUAGE_BUTTON, { hasText: '中文' }).click();
    // The tap reaches the bot as its own 中文 label (Traditional: the clinic's default script).
    await expect.poll(async () => shown(await transcript(page)), { timeout: 20_000 }).toContain(shown(words('zh-Hant', 'language.switched')));
    expect(await pressed(page)).toEqual(['中文']);
    await expect.poll(() => page.locator(SEND_BOX).getAttribute('placeholder')).toBe(widgetWord('zh-Hant', 'widget.sendBox.placeholder'));

    // A choice holds against a question typed on a Latin keyboard.
    await type(page, 'does ims hurt?');
    await botSays(page, answerIn('zh-Hant', 'ims-sensation').slice(0, 20));

    await type(page, 'English');
    await botSays(page, answerIn('en', 'language').slice(0, 30));
    await expect.poll(() => pressed(page)).toEqual(['English']);
    await expect.poll(() => page.locator(SEND_BOX).getAttribute('placeholder')).toBe('Type your message');
    expect(await panelWords(page)).toEqual(panelWordsIn('en'));
    await page.context().close();
  });

  it('a question typed in Chinese in an English chat is answered in Chinese, and the words around the chat follow', async () => {
    const page = await openChat('html=en');
    await botSays(page, words('en', 'welcome.intro', { clinic: app.app.clinic.name }));
    await type(page, 'IMS會唔會好痛？');
    await botSays(page, answerIn('zh-Hant', 'ims-sensation').slice(0, 20));
    await expect.poll(() => pressed(page)).toEqual(['中文']);
    await expect.poll(() => page.locator(SEND_BOX).getAttribute('placeholder')).toBe(widgetWord('zh-Hant', 'widget.sendBox.placeholder'));
    expect(await panelWords(page)).toEqual(panelWordsIn('zh-Hant'));
    await page.context().close();
  });

  it('a Punjabi page shows the teaser in Punjabi; a tap on a Punjabi starter question opens the chat in Punjabi and gets the Punjabi answer (widget-teaser-pa.png)', async () => {
    const context = await browser.newContext({ viewport: { width: 900, height: 760 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${site.url}/?language=pa`);
    const teaser = page.locator('.nordel-chat__teaser');
    await teaser.waitFor();
    expect(await teaser.locator('p').textContent()).toBe(widgetWord('pa', 'widget.teaser'));
    expect(await teaser.locator(CHIP).allTextContents()).toEqual(startersIn('pa'));
    expect(await teaser.getAttribute('aria-label')).toBe(widgetWord('pa', 'widget.suggestions'));
    expect(await teaser.locator('.nordel-chat__teaser-close').getAttribute('aria-label')).toBe(widgetWord('pa', 'widget.dismiss'));
    expect(await page.locator(BUBBLE).getAttribute('aria-label')).toBe(widgetWord('pa', 'widget.openChat'));
    const box = (await teaser.boundingBox())!;
    const shot = artifactPath('widget-teaser-pa.png');
    await page.screenshot({ path: shot, clip: { x: box.x - 16, y: box.y - 16, width: 900 - box.x + 16, height: 760 - box.y + 16 } });
    keep(shot);

    await teaser.locator(CHIP, { hasText: titleIn('pa', 'ims-sensation') }).click();
    await botSays(page, answerIn('pa', 'ims-sensation').slice(0, 20));
    expect(await panelWords(page)).toEqual(panelWordsIn('pa'));
    expect(await page.locator(SEND_BOX).getAttribute('placeholder')).toBe(widgetWord('pa', 'widget.sendBox.placeholder'));
    await expect.poll(() => page.locator('.nordel-chat__feedback-prompt').textContent()).toBe(words('pa', 'feedback.prompt'));
    expect(await page.locator('.nordel-chat__feedback-button').allTextContents()).toEqual([words('pa', 'button.feedbackUp'), words('pa', 'button.feedbackDown')]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a switch to 中文 at the top redraws the words around the chat in Chinese at once, and the Punjabi transcript stays (widget-zh.png)', async () => {
    const page = await openChat('language=pa');
    await botSays(page, words('pa', 'welcome.intro', { clinic: app.app.clinic.name }));
    await tap(page, titleIn('pa', 'ims-what'));
    await botSays(page, answerIn('pa', 'ims-what').slice(0, 20));
    expect(await panelWords(page)).toEqual(panelWordsIn('pa'));

    await page.locator(LANGUAGE_BUTTON, { hasText: '中文' }).click();
    // Drawn by the widget itself with the click, before the bot has answered it.
    expect(await panelWords(page)).toEqual(panelWordsIn('zh-Hant'));
    await expect.poll(() => page.locator(SEND_BOX).getAttribute('placeholder')).toBe(widgetWord('zh-Hant', 'widget.sendBox.placeholder'));
    await expect.poll(async () => shown(await transcript(page)), { timeout: 20_000 }).toContain(shown(words('zh-Hant', 'language.switched')));
    // Nothing said before the switch is lost.
    const after = shown(await transcript(page));
    expect(after).toContain(shown(words('pa', 'welcome.intro', { clinic: app.app.clinic.name })));
    expect(after).toContain(shown(answerIn('pa', 'ims-what').slice(0, 20)));
    expect(await page.locator('.webchat__bubble--from-user').allTextContents()).toEqual([titleIn('pa', 'ims-what'), '中文']);

    const shot = artifactPath('widget-zh.png');
    await page.locator('#nordel-chat-panel').screenshot({ path: shot });
    keep(shot);
    expect((page as Page & { problems?: string[] }).problems).toEqual([]);
    await page.context().close();
  });

  interface BookingCase {
    language: 'pa' | 'zh-Hant' | 'zh-Hans';
    query: string;
    name: string;
    phone: string;
    time: string;
    reason: string;
    screenshot: string;
    /** The font the messages' own script must be drawn with. */
    font: RegExp;
    script: RegExp;
  }

  it.runIf(haveFonts).each<BookingCase>([
    { language: 'pa', query: 'language=pa', name: 'ਗੁਰਪ੍ਰੀਤ ਕੌਰ', phone: '604-555-0123', time: 'ਅਗਲੇ ਮੰਗਲਵਾਰ ਸ਼ਾਮ', reason: 'ਕਮਰ ਦਰਦ', screenshot: 'booking-pa.png', font: /^Noto Sans Gurmukhi/, script: /\p{Script=Gurmukhi}/u },
    { language: 'zh-Hant', query: 'language=zh', name: '陳大文', phone: '604-555-0123', time: '下星期二下午', reason: '膊頭痛', screenshot: 'booking-zh.png', font: /^Noto Sans CJK (TC|HK)/, script: /\p{Script=Han}/u },
  ])('takes a whole booking request in $language, drawn with its own fonts ($screenshot)', async (c) => {
    const page = await openChat(c.query);
    await botSays(page, words(c.language, 'welcome.intro', { clinic: app.app.clinic.name }));
    await tap(page, titleIn(c.language, 'ims-sensation'));
    await botSays(page, answerIn(c.language, 'ims-sensation').slice(0, 20));

    const steps: Array<[action: () => Promise<void>, expected: string]> = [
      [() => tap(page, words(c.language, 'button.bookConsult')), words(c.language, 'button.yes')],
      [() => tap(page, words(c.language, 'button.yes')), words(c.language, 'booking.askName')],
      [() => type(page, c.name), words(c.language, 'booking.askPhone')],
      [() => type(page, c.phone), words(c.language, 'booking.askEmail')],
      [() => tap(page, words(c.language, 'button.skip')), words(c.language, 'booking.askTime')],
      [() => type(page, c.time), words(c.language, 'booking.askReason')],
      [() => type(page, c.reason), words(c.language, 'booking.askPayer')],
      [() => tap(page, words(c.language, 'button.payer.extended-health')), words(c.language, 'booking.summaryQuestion')],
    ];
    for (const [act, expected] of steps) {
      await act();
      if (expected === words(c.language, 'button.yes')) {
        await expect.poll(() => page.locator(SUGGESTED_ACTION).allTextContents(), { timeout: 20_000 }).toContain(expected);
      } else {
        await botSays(page, expected);
      }
    }
    const summary = shown((await page.locator(BOT_BUBBLE).last().textContent()) ?? '');
    for (const detail of [c.name, c.time, c.reason, words(c.language, 'payer.extended-health')]) expect(summary).toContain(shown(detail));

    await tap(page, words(c.language, 'button.confirm'));
    await expect.poll(async () => (await page.locator(BOT_BUBBLE).last().textContent()) ?? '', { timeout: 20_000 }).toMatch(/NPC-[A-Z0-9]+/);
    const confirmation = shown((await page.locator(BOT_BUBBLE).last().textContent()) ?? '');
    const reference = /NPC-[A-Z0-9]+/.exec(confirmation)![0];
    expect(confirmation).toContain(shown(words(c.language, 'booking.confirmed', { name: c.name, reference })));
    expect((await app.app.booking.store.get(reference))?.language).toBe(c.language);

    // Drawn with the script's own font, not a box or another script's font.
    const drawn = await fontsOfBotMessages(page);
    const main = [...drawn.entries()].filter(([family]) => c.font.test(family));
    expect(main.length, `fonts used: ${JSON.stringify([...drawn])}`).toBeGreaterThan(0);
    expect([...drawn.keys()].filter((family) => /last ?resort|tofu/i.test(family))).toEqual([]);
    expect(c.script.test(summary)).toBe(true);

    const shot = artifactPath(c.screenshot);
    await page.locator('#nordel-chat-panel').screenshot({ path: shot });
    keep(shot);
    expect((page as Page & { problems?: string[] }).problems).toEqual([]);
    await page.context().close();
  });
});
