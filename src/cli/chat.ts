// `npm run chat`: talk to the bot in the terminal. The same objects as `npm start` (knowledge,
// understanding, booking dialog, MainDialog, ImsBot) run in-process on botbuilder's TestAdapter with
// in-memory state, and booking requests kept in an in-memory database (never in the clinic's);
// suggested actions are listed as numbered choices, and typing the number sends that choice.
// Works with piped input too: `printf 'what is ims\n1\n/quit\n' | npm run -s chat`.
// It speaks whatever language is typed (English, ਪੰਜਾਬੀ, romanized Punjabi, 中文); `-- --language pa` (or zh-Hans,
// zh-Hant, a locale such as pa-IN) starts it in one, as a channel's locale would (the welcome, short messages).
import { createInterface } from 'node:readline';
import { ActivityTypes, MemoryStorage, TestAdapter, type Activity, type Attachment } from 'botbuilder';
import pino from 'pino';
import { createBotCore, loadBotParts, prepareAdapter, type BotCore } from '../app.js';
import { SqliteBookingStore } from '../booking/sqliteBookingStore.js';
import { openMemoryDatabase } from '../database/clinicDatabase.js';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { KnowledgeError } from '../kb/load.js';
import { createLogger } from '../logging/logger.js';
import { localeLanguage } from '../understanding/language/languages.js';

const QUIT = /^\/(quit|exit|q)$/i;
const USAGE = 'usage: npm run chat [-- --language en|pa|zh-Hans|zh-Hant]';

/** The locale the conversation carries, like Web Chat's or Teams': from --language, else none (English). */
function chatLocale(argv: readonly string[]): string | undefined {
  if (!argv.length) return undefined;
  const [flag, value] = argv;
  if ((flag !== '--language' && flag !== '--locale') || !value || argv.length > 2) throw new ConfigError(USAGE);
  const tag = { zh: 'zh-Hant', 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-HK' }[value] ?? value;
  if (!localeLanguage(tag).language) throw new ConfigError(`--language ${value}: the bot speaks en, pa, zh-Hans and zh-Hant\n${USAGE}`);
  return tag;
}

/** Terminal chat is for trying things out: nothing is stored on disk or sent to the clinic. */
function terminalConfig(config: Config): Config {
  return {
    ...config,
    storage: { ...config.storage, kind: 'memory' },
    notify: { ...config.notify, smtp: undefined, webhook: undefined },
  };
}

/** Visible text of an Adaptive Card (TextBlocks) and its button titles. */
function cardText(attachment: Attachment): { lines: string[]; buttons: string[] } {
  const lines: string[] = [];
  const buttons: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (n.type === 'TextBlock' && typeof n.text === 'string') lines.push(n.text);
    if (typeof n.type === 'string' && n.type.startsWith('Action.') && typeof n.title === 'string') buttons.push(n.title);
    for (const [key, value] of Object.entries(n)) if (key !== 'data' && typeof value === 'object') walk(value);
  };
  walk(attachment.content);
  return { lines, buttons };
}

/** Prints a bot reply and returns the choices it offers (button labels / suggested actions). */
function printReply(activity: Partial<Activity>, out: NodeJS.WritableStream): string[] {
  if (activity.type !== ActivityTypes.Message) return [];
  const lines: string[] = activity.text ? [activity.text] : [];
  const choices: string[] = [];
  for (const attachment of activity.attachments ?? []) {
    const card = cardText(attachment);
    lines.push(...card.lines);
    choices.push(...card.buttons);
  }
  for (const action of activity.suggestedActions?.actions ?? []) {
    choices.push(String(action.value ?? action.title));
  }
  if (lines.length) out.write(`Bot: ${lines.join('\n\n').replace(/\n(?=.)/g, '\n     ')}\n`);
  choices.forEach((choice, i) => out.write(`  [${i + 1}] ${choice}\n`));
  return choices;
}

async function main(): Promise<void> {
  let config: Config;
  let locale: string | undefined;
  try {
    locale = chatLocale(process.argv.slice(2));
    config = terminalConfig(loadConfig());
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  // Logs go to stderr, quietly unless LOG_LEVEL asks for more, so the conversation stays readable.
  const log = createLogger(process.env.LOG_LEVEL ? config.logLevel : 'warn', pino.destination(2));

  let core: BotCore;
  try {
    core = await createBotCore(config, log, await loadBotParts(config), new MemoryStorage(), { bookingStore: new SqliteBookingStore({ db: openMemoryDatabase(), log }) });
  } catch (err) {
    if (err instanceof KnowledgeError) {
      console.error(`Knowledge base problem: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  const adapter = prepareAdapter(new TestAdapter((context) => core.bot.run(context)), core, log);
  const out = process.stdout;
  const interactive = Boolean(process.stdin.isTTY);
  let choices: string[] = [];

  const turn = async (activity: Partial<Activity>) => {
    await adapter.processActivity(activity);
    let offered: string[] | undefined;
    while (adapter.activeQueue.length) {
      const reply = adapter.activeQueue.shift()!;
      const replyChoices = printReply(reply, out);
      if (reply.type === ActivityTypes.Message) offered = replyChoices;
    }
    if (offered) choices = offered;
  };

  out.write(`${core.clinic.name} IMS helper (terminal). Type a question, a choice number, or /quit.\n`);
  out.write('Nothing here is stored or sent to the clinic: a booking request made here is a rehearsal.\n');
  const user = { id: 'terminal-user', name: 'You' };
  const withLocale = (activity: Partial<Activity>) => (locale ? { ...activity, locale } : activity);
  await turn(withLocale({ type: ActivityTypes.ConversationUpdate, membersAdded: [user], from: user }));

  const rl = createInterface({ input: process.stdin, output: interactive ? out : undefined, terminal: interactive });
  rl.setPrompt('You> ');
  if (interactive) rl.prompt();
  for await (const line of rl) {
    const input = line.trim();
    if (QUIT.test(input)) break;
    if (input) {
      const picked = /^\d+$/.test(input) ? choices[Number(input) - 1] : undefined;
      const text = picked ?? input;
      if (!interactive || picked) out.write(`You: ${text}\n`);
      await turn(withLocale(adapter.makeActivity(text)));
    }
    if (interactive) rl.prompt();
  }
  rl.close();
  await core.booking.close();
  out.write('Bye!\n');
}

main().catch((err: unknown) => {
  console.error(`chat: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
