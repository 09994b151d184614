// Every message the bot sends names its language in `locale`: the web chat redraws its own words (header,
// send box, buttons) in the language the bot answered in, so a question typed in Punjabi in a chat that was
// in English turns the widget Punjabi too (test/browser/languages.test.ts drives that in Chromium).
import type { Activity } from 'botbuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadClinic, loadKnowledge } from '../../src/kb/load.js';
import type { Clinic, Knowledge, ReplyLanguage } from '../../src/kb/schema.js';
import { localeLanguage } from '../../src/understanding/language/languages.js';
import { startBot } from '../support/botHarness.js';
import { FakeUnderstanding, languageOf, partsWith, readings } from '../support/fakeUnderstanding.js';
import { repoPath } from '../support/repo.js';

let knowledge: Knowledge;
let clinic: Clinic;
beforeAll(async () => {
  knowledge = await loadKnowledge(repoPath('knowledge'));
  clinic = await loadClinic(repoPath('config/clinic.yaml'));
});

/** A reader that reads every message as "does it hurt?" in the given reply language. */
const inLanguage = (language: ReplyLanguage) => new FakeUnderstanding(() => readings.entry('ims-sensation', { language: languageOf(language) }));

async function botMessages(language: ReplyLanguage, activity: Partial<Activity>): Promise<Partial<Activity>[]> {
  const bot = await startBot(partsWith(knowledge, clinic, inLanguage(language)));
  await bot.adapter.processActivity(activity);
  return bot.adapter.activeQueue.splice(0).filter((sent) => sent.type === 'message');
}

describe('the language a reply names', () => {
  it.each(['en', 'pa', 'zh-Hans', 'zh-Hant'] as const)('an answer in %s says so on every message, in a tag read back as the same language', async (language) => {
    const sent = await botMessages(language, { type: 'message', text: 'does it hurt?', locale: 'en-US' });
    expect(sent.length).toBeGreaterThan(0);
    for (const message of sent) expect(localeLanguage(message.locale).language).toBe(language);
  });

  it('a welcome names the language it greets in (the channel\u2019s, before anyone wrote)', async () => {
    const sent = await botMessages('en', {
      type: 'conversationUpdate',
      locale: 'zh-HK',
      membersAdded: [{ id: 'user-1', name: 'Pat Example' }],
    });
    expect(sent.length).toBeGreaterThan(0);
    for (const message of sent) expect(localeLanguage(message.locale).language).toBe('zh-Hant');
  });
});
