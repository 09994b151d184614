import { cp, mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/kb-check.js';

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
});
