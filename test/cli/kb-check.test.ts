import { cp, mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/kb-check.js';
import { copySmallKnowledge } from '../support/smallKnowledge.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/kb');
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function check(args: string[]) {
  const out: string[] = [];
  const code = await main(args, { log: (line: string) => out.push(line), error: (line: string) => out.push(line) });
  return { code, text: out.join('\n'), last: out[out.length - 1] ?? '' };
}

async function copyOfValid(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kb-check-'));
  dirs.push(dir);
  await cp(path.join(fixtures, 'valid'), dir, { recursive: true });
  return dir;
}

describe('kb:check', () => {
  it('passes the valid fixture and summarises it', async () => {
    const { code, last } = await check(['--kb', path.join(fixtures, 'valid'), '--clinic', path.join(fixtures, 'clinic/clinic.yaml')]);
    expect(code).toBe(0);
    expect(last).toMatch(/^kb:check: 0 errors, \d+ warnings? \(19 entries, \d+ questions/);
  });

  it('--loo reports how many phrasings route to their label without themselves', async () => {
    const { code, text } = await check(['--kb', path.join(fixtures, 'valid'), '--loo']);
    expect(code).toBe(0);
    expect(text).toMatch(/warning: leave-one-out: \d+\/\d+ phrasings still route to their own label without themselves/);
  });

  it('passes the real knowledge base', async () => {
    const { code, last } = await check([]);
    expect(code, last).toBe(0);
  });

  it('fails with the loader\u2019s message on a broken file', async () => {
    const dir = await copyOfValid();
    await cp(path.join(fixtures, 'broken/unknown-related'), dir, { recursive: true });
    const { code, text } = await check(['--kb', dir]);
    expect(code).toBe(1);
    expect(text).toMatch(/error: .*extra\.yaml: entry "extra-entry" \(#1\): related #2: unknown entry id "no-such-entry"/);
  });

  it('fails when one question is written under two entries, warns about a repeat and a red flag', async () => {
    const dir = await copyOfValid();
    const faq = await readFile(path.join(dir, 'faq.yaml'), 'utf8');
    await writeFile(
      path.join(dir, 'faq.yaml'),
      faq
        .replace('      - Is IMS done by a physiotherapist?', '      - Is IMS done by a physiotherapist?\n      - Does insurance cover IMS?\n      - who performs IMS')
        .replace('      - Why does stimulating the muscle help?', '      - Why does stimulating the muscle help?\n      - does it help with chest pain'),
    );
    const { code, text } = await check(['--kb', dir]);
    expect(code).toBe(1);
    expect(text).toMatch(/error: "Does insurance cover IMS\?" is written under two labels: faq entry "ims-coverage" question #2 and faq entry "ims-practitioner" question #3/);
    expect(text).toMatch(/warning: "who performs IMS" is repeated/);
    expect(text).toMatch(/warning: .*"does it help with chest pain" reads as an emergency \(chest-heart: chest-pain\): it will get the 911 reply/);
  });

  it('warns about a writer named as calm for the safety model that is not in the knowledge folder', async () => {
    const dir = await copyOfValid();
    const rules = await readFile(path.join(dir, 'safety/rules.yaml'), 'utf8');
    await writeFile(path.join(dir, 'safety/rules.yaml'), `${rules}calmPhrasings: [phrasings/en/no-such-writer.yaml]\n`);
    const { text } = await check(['--kb', dir]);
    expect(text).toMatch(/warning: safety rules: calmPhrasings names "phrasings\/en\/no-such-writer\.yaml", which is not a phrasings file/);
  });

  it('warns about a safety phrase that cannot match even a message made of its own words, and not about one joined with "+"', async () => {
    const dir = await copyOfValid();
    const lexicon = await readFile(path.join(dir, 'safety/en.yaml'), 'utf8');
    await writeFile(
      path.join(dir, 'safety/en.yaml'),
      lexicon.replace('  suicide: [kill myself,', "  suicide: [\"won't be a burden much longer\", \"won't+be+a+bother much longer\", kill myself,"),
    );
    const { text } = await check(['--kb', dir]);
    expect(text).toMatch(/warning: safety en, term "suicide": "won't be a burden much longer" cannot match even a message of its own words/);
    expect(text).not.toMatch(/won't\+be\+a\+bother much longer" cannot match/);
  });

  it('sums up the translations still to review per language, as information and not as warnings; every entry exists in every language', async () => {
    const { code, text } = await check([]);
    expect(code).toBe(0);
    const summary = /^translations: (\d+) translated texts are marked reviewed: false, for the clinic to read \(pa (\d+), zh-Hans (\d+), zh-Hant (\d+)\); list them with --unreviewed$/m.exec(text);
    expect(summary, text.split('\n').slice(-3).join('\n')).not.toBeNull();
    const [, total, ...perLanguage] = summary!.map(Number);
    expect(perLanguage.reduce((a, b) => a + b, 0)).toBe(total);
    expect(text.split('\n').filter((line) => line.startsWith('warning:') && /review|has no (pa|zh-Hans|zh-Hant) translation/.test(line))).toEqual([]);
    expect(text).not.toMatch(/^unreviewed /m);
  });

  it('--unreviewed lists each unreviewed text with its language, kind and id', async () => {
    const { text } = await check(['--unreviewed']);
    const listed = text.split('\n').filter((line) => line.startsWith('unreviewed '));
    const total = Number(/^translations: (\d+) translated texts/m.exec(text)![1]);
    expect(listed).toHaveLength(total);
    expect(listed).toContain('unreviewed pa entry ims-what: IMS ਕੀ ਹੈ?: IMS, ਯਾਨੀ ਇੰਟ੍ਰਾਮਸਕੂਲਰ ਸਟਿਮੂਲੇਸ਼ਨ, ਡਰਾਈ ਨੀਡਲਿੰਗ (ਸੂਈ ਵਾਲੇ…');
    expect(listed.some((line) => /^unreviewed zh-Hant topic \S+: /.test(line))).toBe(true);
    expect(listed.some((line) => /^unreviewed zh-Hans message booking\.askName: /.test(line))).toBe(true);
  });

  it('warns about an answer a language lacks, naming the file; a file marked reviewed leaves the count', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kb-check-languages-'));
    dirs.push(dir);
    await copySmallKnowledge(dir);
    const before = await check(['--kb', dir]);
    const count = (text: string, language: string) => Number(new RegExp(`[(, ]${language} (\\d+)[,)]`).exec(text.split('\n').find((l) => l.startsWith('translations:'))!)![1]);

    const traditional = path.join(dir, 'translations/zh-Hant.yaml');
    const yaml = await readFile(traditional, 'utf8');
    const start = yaml.indexOf('  - id: ims-sessions\n');
    const end = yaml.indexOf('  - id: ', start + 1);
    await writeFile(traditional, yaml.slice(0, start) + yaml.slice(end));
    const punjabi = path.join(dir, 'translations/pa.yaml');
    await writeFile(punjabi, (await readFile(punjabi, 'utf8')).replace(/^reviewed: false$/m, 'reviewed: true'));

    const { code, text } = await check(['--kb', dir]);
    expect(code).toBe(0);
    expect(text).toContain('warning: entry "ims-sessions" has no zh-Hant translation (knowledge/translations/zh-Hant.yaml): it is said in English to zh-Hant readers');
    expect(count(text, 'zh-Hant')).toBe(count(before.text, 'zh-Hant') - 1);
    // The clinic read the Punjabi answers: only the Punjabi messages are left to read.
    const messages = text.split('\n').filter(Boolean);
    expect(count(text, 'pa')).toBeLessThan(count(before.text, 'pa'));
    expect(messages.some((line) => line.startsWith('warning:') && line.includes('reviewed'))).toBe(false);
  });
});
