// Punjabi and Chinese as channels bring them, over HTTP to the real app on 127.0.0.1: the website's language
// (the locale the page joins with, and the locale on its messages), the locale of Teams activities, and a whole
// booking request in Punjabi and in Chinese, stored with its language and listed by `npm run bookings` with it.
// Replies the bot POSTs go to a capture server on loopback: nothing reaches Microsoft.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBookingsCli } from '../../src/cli/bookings.js';
import { say } from '../../src/kb/messages.js';
import type { MessageKey } from '../../src/kb/messageKeys.js';
import type { ReplyLanguage } from '../../src/kb/schema.js';
import type { ServingKnowledge } from '../../src/kb/serving.js';
import { DirectLineClient } from '../channels/webChannelHarness.js';
import { startCaptureServer, type CaptureServer } from '../support/captureServer.js';
import { TestConversation, type Turn } from '../support/channelClient.js';
import { startTestApp, type TestApp } from '../support/startApp.js';

let bot: TestApp;
let capture: CaptureServer;
let knowledge: ServingKnowledge;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'languages-http-'));
  // File storage, as `npm start` runs by default, so `npm run bookings` reads what the bot stored.
  bot = await startTestApp({ env: { STORAGE: 'file', DATA_DIR: dataDir } });
  knowledge = bot.app.knowledge;
  capture = await startCaptureServer();
});

afterAll(async () => {
  await bot?.close();
  await capture?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const words = (language: ReplyLanguage, key: MessageKey, values?: Record<string, string>) => say(knowledge, language, key, values);
const welcomeIn = (language: ReplyLanguage) => words(language, 'welcome.intro', { clinic: bot.app.clinic.name });
/** Starter-question titles in a language (the welcome's buttons). */
const titleIn = (language: ReplyLanguage, id: string) => (language === 'en' ? knowledge.byId.get(id)!.title : knowledge.translations.get(language)!.get(id)!.title!);

describe('the website chat: the page language', () => {
  it.each([
    { page: 'pa-IN', language: 'pa' as const },
    { page: 'zh-CN', language: 'zh-Hans' as const },
    { page: 'zh-HK', language: 'zh-Hant' as const },
    { page: 'zh-TW', language: 'zh-Hant' as const },
    { page: 'en-CA', language: 'en' as const },
    { page: undefined, language: 'en' as const },
    { page: 'not a language!', language: 'en' as const },
  ])('a page in $page is welcomed in $language, and a message too short to tell is answered in it', async ({ page, language }) => {
    const client = await new DirectLineClient(bot.url).join(page === undefined ? undefined : { locale: page });
    const joined = await client.pollUntil((a) => a.type === 'message' && a.from?.role === 'bot');
    const welcome = joined.find((a) => a.type === 'message' && a.from?.role === 'bot')!;
    expect(welcome.text).toContain(welcomeIn(language));
    expect(welcome.suggestedActions?.actions.map((a) => a.title)).toContain(titleIn(language, 'ims-what'));

    // Web Chat puts its locale on every message; "IMS?" alone says nothing about the language.
    const locale = page && language !== 'en' ? page : 'en-CA';
    await client.say('IMS?', { locale });
    const after = await client.pollUntil((a) => a.from?.role === 'bot' && a.replyToId !== undefined);
    const reply = after.filter((a) => a.type === 'message' && a.from?.role === 'bot' && a.replyToId).map((a) => a.text ?? '').join('\n');
    expect(scriptOf(reply)).toBe(scriptOfLanguage(language));
  });

  it('a page that posts something other than a language still joins the chat (in English)', async () => {
    for (const body of [JSON.stringify({ locale: 42 }), JSON.stringify({ locale: 'x'.repeat(100) }), JSON.stringify({ locale: '../../etc' }), '[]']) {
      const issued = await fetch(`${bot.url}/api/directline/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      expect(issued.status).toBe(200);
      const { token } = (await issued.json()) as { token: string };
      expect(JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString())).not.toHaveProperty('locale');
    }
  });
});

describe('Teams: the activity locale', () => {
  it.each([
    { locale: 'pa-IN', language: 'pa' as const },
    { locale: 'zh-CN', language: 'zh-Hans' as const },
    { locale: 'zh-TW', language: 'zh-Hant' as const },
    { locale: 'zh-HK', language: 'zh-Hant' as const },
    { locale: 'en-US', language: 'en' as const },
  ])('a personal chat in $locale is welcomed and answered in $language', async ({ locale, language }) => {
    const teams = new TestConversation(bot.endpoint, { channelId: 'msteams', conversationType: 'personal', mode: 'post', capture });
    // Installing the bot in a personal chat: only the bot is added.
    const installed = await teams.post(teams.activity({ type: 'conversationUpdate', membersAdded: [teams.bot], locale }));
    expect(installed.status).toBe(200);
    expect(installed.text).toContain(welcomeIn(language));

    const asked = await teams.send('IMS?', { locale });
    expect(asked.status).toBe(200);
    expect(scriptOf(asked.text)).toBe(scriptOfLanguage(language));
    // The same question in the person's language gets the same entry, in that language.
    const hurts = await teams.send(language === 'en' ? 'Does IMS hurt?' : titleIn(language, 'ims-sensation'), { locale });
    const answer = language === 'en' ? knowledge.byId.get('ims-sensation')!.answer : knowledge.translations.get(language)!.get('ims-sensation')!.text;
    expect(hurts.text).toContain(answer.slice(0, 40));
    expect(capture.other).toEqual([]);
  });
});

interface BookingCase {
  language: 'pa' | 'zh-Hans' | 'zh-Hant';
  locale: string;
  name: string;
  /** The phone number as typed: Gurmukhi or full-width digits are digits. */
  phone: string;
  time: string;
  reason: string;
  listed: string;
}

describe('a whole booking request in Punjabi and in Chinese', () => {
  it.each<BookingCase>([
    { language: 'pa', locale: 'pa-IN', name: 'ਗੁਰਪ੍ਰੀਤ ਕੌਰ', phone: '੬੦੪-੫੫੫-੦੧੨੩', time: 'ਅਗਲੇ ਮੰਗਲਵਾਰ ਸ਼ਾਮ', reason: 'ਕਮਰ ਦਰਦ', listed: 'Punjabi' },
    { language: 'zh-Hans', locale: 'zh-CN', name: '陈大文', phone: '６０４－５５５－０１２３', time: '下星期二下午', reason: '腰痛', listed: 'Chinese (Simplified)' },
    { language: 'zh-Hant', locale: 'zh-HK', name: '陳大文', phone: '604 555 0123', time: '下星期二下午', reason: '膊頭痛', listed: 'Chinese (Traditional)' },
  ])('in $language: every prompt, the summary and the confirmation in it; stored and listed with its language', async (c) => {
    const chat = new TestConversation(bot.endpoint, { channelId: 'webchat', mode: 'post', capture });
    const send = (text: string) => chat.send(text, { locale: c.locale });
    const expectAsks = (turn: Turn, key: MessageKey) => {
      expect(turn.status).toBe(200);
      expect(turn.text).toContain(words(c.language, key));
    };

    const consent = await send(words(c.language, 'button.bookConsult'));
    expect(consent.suggested).toEqual([words(c.language, 'button.yes'), words(c.language, 'button.no')]);
    expectAsks(await send(words(c.language, 'button.yes')), 'booking.askName');
    expectAsks(await send(c.name), 'booking.askPhone');
    const email = await send(c.phone);
    expectAsks(email, 'booking.askEmail');
    expect(email.suggested).toEqual([words(c.language, 'button.skip')]);
    expectAsks(await send(words(c.language, 'button.skip')), 'booking.askTime');
    expectAsks(await send(c.time), 'booking.askReason');
    const payer = await send(c.reason);
    expectAsks(payer, 'booking.askPayer');
    expect(payer.suggested).toContain(words(c.language, 'button.payer.self-pay'));

    const summary = await send(words(c.language, 'button.payer.self-pay'));
    expectAsks(summary, 'booking.summaryTitle');
    for (const shown of [c.name, '+1 604 555 0123', c.time, c.reason, words(c.language, 'payer.self-pay'), words(c.language, 'booking.summaryQuestion')]) {
      expect(summary.text).toContain(shown);
    }
    expect([...summary.suggested, ...summary.buttons]).toContain(words(c.language, 'button.confirm'));

    const confirmed = await send(words(c.language, 'button.confirm'));
    const reference = /NPC-[A-Z0-9]+/.exec(confirmed.text)?.[0];
    expect(reference, confirmed.text).toBeDefined();
    expect(confirmed.text).toContain(words(c.language, 'booking.confirmed', { name: c.name, reference: reference! }));

    const stored = await bot.app.booking.store.get(reference!);
    expect(stored).toMatchObject({ language: c.language, name: c.name, phone: '+16045550123', reason: c.reason });

    // What the front desk sees in `npm run bookings`: the language of the request, on its row.
    let listing = '';
    const code = await runBookingsCli([], { env: { DATA_DIR: dataDir }, cwd: process.cwd(), out: (t) => (listing += t), err: () => {} });
    expect(code).toBe(0);
    const [header, , ...rows] = listing.trimEnd().split('\n');
    const row = rows.find((r) => r.startsWith(reference!))!;
    expect(row).toContain(c.name);
    expect(row).toContain(c.listed);
    // Wide Chinese characters and Gurmukhi vowel signs do not push the columns out of line.
    expect(columnOf(row, c.listed)).toBe(header!.indexOf('Language'));
  }, 60_000);
});

type Script = 'Gurmukhi' | 'Han' | 'Latin';

/** The script most of a text's letters are in. */
function scriptOf(text: string): Script {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const counts: Record<Script, number> = { Gurmukhi: count(/\p{Script=Gurmukhi}/gu), Han: count(/\p{Script=Han}/gu), Latin: count(/\p{Script=Latin}/gu) / 2 };
  return (Object.entries(counts) as [Script, number][]).sort((a, b) => b[1] - a[1])[0]![0];
}

function scriptOfLanguage(language: ReplyLanguage): Script {
  return language === 'pa' ? 'Gurmukhi' : language === 'en' ? 'Latin' : 'Han';
}

/** The terminal column where `text` starts in a table row (wide characters take two). */
function columnOf(row: string, text: string): number {
  const before = row.slice(0, row.indexOf(text));
  let width = 0;
  for (const char of before) width += /\p{M}/u.test(char) ? 0 : /[\u3000-\u9fff\uff00-\uff60]/u.test(char) ? 2 : 1;
  return width;
}
