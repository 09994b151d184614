import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ActivityTypes, TestAdapter } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { LiveKnowledge } from '../../src/kb/hotReload.js';
import { KnowledgeError } from '../../src/kb/load.js';
import type { Knowledge } from '../../src/kb/schema.js';
import { Understanding } from '../../src/understanding/understand.js';
import { testModelCache } from '../support/modelCache.js';
import { copySmallKnowledge } from '../support/smallKnowledge.js';

const OLD_ANSWER_START = 'IMS, short for intramuscular stimulation, is a type of dry needling.';
const NEW_ANSWER = 'IMS (intramuscular stimulation) is a kind of dry needling done by a trained physiotherapist.';

let dir: string;
let faqFile: string;
let clock: number;
let logs: { level: 'info' | 'error'; msg: string; obj: object }[];
/** How many times an understanding was built. */
let builds: number;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kb-reload-'));
  await copySmallKnowledge(dir);
  faqFile = path.join(dir, 'faq.yaml');
  clock = 1_000_000;
  logs = [];
  builds = 0;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function open() {
  return LiveKnowledge.open({
    dir,
    build: (knowledge: Knowledge) => {
      builds++;
      return new Understanding(knowledge, testModelCache());
    },
    now: () => clock,
    log: {
      info: (obj, msg) => logs.push({ level: 'info', msg, obj }),
      error: (obj, msg) => logs.push({ level: 'error', msg, obj }),
    },
  });
}

type Live = Awaited<ReturnType<typeof open>>;
/** What the bot would answer now: the current understanding's reading, and the entry's answer in the same knowledge base. */
function answerTo(live: Live, text: string): string {
  const { intent } = live.built().read(text);
  return intent.kind === 'entry' ? (live.snapshot().byId.get(intent.entryId)?.answer ?? '(no such entry)') : `(${intent.kind})`;
}

async function editFaq(edit: (text: string) => string) {
  const before = await readFile(faqFile, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  await writeFile(faqFile, after);
}

const changeAnswer = (text: string) => text.replace(/(- id: ims-what[\s\S]*?answer: >-\n)[\s\S]*?\n(\s+related:)/, `$1      ${NEW_ANSWER}\n$2`);

describe('editing the knowledge base while the bot runs', () => {
  test('a changed answer is used from the next message on', async () => {
    const live = await open();
    expect(answerTo(live, 'What is IMS?')).toMatch(OLD_ANSWER_START);

    await editFaq(changeAnswer);
    clock += 1000;
    expect(await live.refresh()).toBe(true);
    expect(answerTo(live, 'What is IMS?')).toBe(NEW_ANSWER);
    expect(live.knowledge.byId.get('ims-what')?.answer).toBe(NEW_ANSWER); // the bot's view of the KB follows too
    expect(live.version).toBe(2);
    expect(builds).toBe(2); // once at start-up, once for the edit: never per message
    expect(logs).toEqual([expect.objectContaining({ level: 'info', msg: 'knowledge base reloaded' })]);
  });

  test('the files are looked at no more than once a second', async () => {
    const live = await open();
    await editFaq(changeAnswer);
    clock += 999;
    expect(await live.refresh()).toBe(false);
    expect(answerTo(live, 'What is IMS?')).toMatch(OLD_ANSWER_START);
    clock += 1;
    expect(await live.refresh()).toBe(true);
  });

  test('nothing is reloaded when nothing changed', async () => {
    const live = await open();
    const before = live.snapshot();
    const understanding = live.built();
    clock += 5000;
    expect(await live.refresh()).toBe(false);
    expect(live.snapshot()).toBe(before);
    expect(live.built()).toBe(understanding);
    expect(builds).toBe(1);
    expect(logs).toEqual([]);
  });

  test('a broken file is logged once, naming file, entry and field, and the last good knowledge base keeps answering', async () => {
    const live = await open();
    await editFaq((text) => text.replace('    title: What is IMS?\n', '    title: ""\n'));
    clock += 1000;
    expect(await live.refresh()).toBe(false);
    expect(answerTo(live, 'What is IMS?')).toMatch(OLD_ANSWER_START);
    expect(logs).toHaveLength(1);
    expect(logs[0]!.level).toBe('error');
    expect(logs[0]!.msg).toMatch(/^knowledge base not reloaded, still answering from the last good one: .*faq\.yaml: entry "ims-what" \(#1\): title: must not be empty$/);
    expect(logs[0]!.msg).not.toContain('\n');

    clock += 1000;
    expect(await live.refresh()).toBe(false);
    expect(logs).toHaveLength(1); // the same broken files are not reported every second

    await editFaq((text) => changeAnswer(text.replace('    title: ""\n', '    title: What is IMS?\n')));
    clock += 1000;
    expect(await live.refresh()).toBe(true);
    expect(answerTo(live, 'What is IMS?')).toBe(NEW_ANSWER);
  });

  test('invalid YAML syntax is also kept out', async () => {
    const live = await open();
    await editFaq((text) => text.replace('kind: faq', 'kind: faq\n  : : oops ['));
    clock += 1000;
    expect(await live.refresh()).toBe(false);
    expect(logs[0]!.msg).toMatch(/faq\.yaml: (line \d+, column \d+: )?YAML syntax error/);
    expect(answerTo(live, 'What is IMS?')).toMatch(OLD_ANSWER_START);
  });

  test('a new file in the folder is picked up', async () => {
    const live = await open();
    await writeFile(
      path.join(dir, 'extra.yaml'),
      'kind: faq\nentries:\n  - id: parking\n    title: Parking\n    questions: [is there parking at the clinic]\n    answer: Test answer about parking.\n',
    );
    clock += 1000;
    expect(await live.refresh()).toBe(true);
    expect(live.knowledge.byId.has('parking')).toBe(true);
    expect(answerTo(live, 'is there parking at the clinic')).toBe('Test answer about parking.');
  });

  test("the insights page reads the writers' phrasings from the files as they are now; the bot answers without them", async () => {
    const live = await open();
    // Training data teaches the understanding at build time and is not kept in memory while the bot answers.
    expect(Object.keys(live.snapshot())).not.toContain('phrasings');

    await mkdir(path.join(dir, 'phrasings', 'pa'), { recursive: true });
    await writeFile(
      path.join(dir, 'phrasings', 'pa', 'staff-pasted.yaml'),
      'kind: phrasings\nlanguage: pa\nwriter: pasted from the insights page\nphrasings:\n  ims-what:\n    - ਆਈ ਐਮ ਐਸ ਬਾਰੇ ਦੱਸੋ ਜੀ\n',
    );
    const full = await live.full();
    expect(full.phrasings?.find((set) => set.writer === 'pasted from the insights page')?.phrasings['ims-what']).toEqual(['ਆਈ ਐਮ ਐਸ ਬਾਰੇ ਦੱਸੋ ਜੀ']);

    // A broken folder: the insights get the knowledge base in use (its titles), not an error page.
    await editFaq((text) => text.replace('    title: What is IMS?\n', '    title: ""\n'));
    expect(await live.full()).toBe(live.snapshot());
  });

  test('at start-up an invalid knowledge base stops the bot (there is no last good one)', async () => {
    await editFaq((text) => text.replace('    title: What is IMS?\n', '    title: ""\n'));
    await expect(open()).rejects.toBeInstanceOf(KnowledgeError);
  });

  test('as Bot Framework middleware, the edit answers the very next message', async () => {
    const live = await open();
    const adapter = new TestAdapter(async (context) => {
      if (context.activity.type !== ActivityTypes.Message) return;
      await context.sendActivity(answerTo(live, context.activity.text ?? ''));
    });
    adapter.use(live.middleware());
    await adapter.send('What is IMS?').assertReply((reply) => expect(reply.text).toMatch(OLD_ANSWER_START));
    await editFaq(changeAnswer);
    clock += 1000;
    await adapter.send('What is IMS?').assertReply(NEW_ANSWER);
  });
});
