// `npm run chat` as a person would use it, with piped input: the built CLI in a child process.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/kb/load.js';
import { say } from '../../src/kb/messages.js';
import { built } from '../support/build.js';
import { repoPath, REPO_ROOT } from '../support/repo.js';

/** The inherited environment without settings that would change the bot under test. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['LOG_LEVEL', 'MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppType', 'MicrosoftAppTenantId', 'STORAGE', 'KNOWLEDGE_DIR', 'CLINIC_CONFIG']) delete env[key];
  return env;
}

function chat(input: string, env: Record<string, string> = {}, args: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [built('dist/src/cli/chat.js'), ...args], {
      cwd: REPO_ROOT,
      env: { ...cleanEnv(), ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('terminal chat', () => {
  it('answers, lists numbered choices, and sends the choice whose number is typed', async () => {
    const knowledge = await loadKnowledge(repoPath('knowledge'));
    const what = knowledge.byId.get('ims-what')!;
    const firstRelated = knowledge.byId.get(what.related[0]!)!;

    const { code, stdout, stderr } = await chat('what is ims\n1\n/quit\n');
    // Nothing on stderr but the start-up warning that the clinic has not filled in its contact details yet.
    const unexpected = stderr.split('\n').filter((line) => line.trim() && !line.includes('no clinic phone, e-mail or website is configured'));
    expect(unexpected).toEqual([]);
    expect(code).toBe(0);
    expect(stdout).toContain(what.answer.slice(0, 80));
    expect(stdout).toContain(`[1] ${firstRelated.title}`);
    // "1" picked the first related question, which was answered in turn.
    expect(stdout).toContain(`You: ${firstRelated.title}`);
    expect(stdout).toContain(firstRelated.answer.slice(0, 80));
    expect(stdout.trimEnd().endsWith('Bye!')).toBe(true);
  });

  it.each([
    { language: 'pa' as const, typed: ['ਕੀ IMS ਨਾਲ ਦਰਦ ਹੁੰਦਾ ਹੈ?', 'eh needle wala ilaj ki hunda?'] },
    { language: 'zh-Hans' as const, typed: ['针灸和IMS有什么区别？', '做IMS会痛吗'] },
    { language: 'zh-Hant' as const, typed: ['IMS會唔會好痛？', '針灸同IMS有咩分別？'] },
  ])('answers messages typed in $language in $language', async ({ language, typed }) => {
    const knowledge = await loadKnowledge(repoPath('knowledge'));
    const answers = [...knowledge.translations.get(language)!.values()].map((t) => t.text);
    const { code, stdout } = await chat(`${typed.join('\n')}\n/quit\n`);
    expect(code).toBe(0);
    // The reply to each message (the "Bot:" line after it) is one of the answers in that language.
    const replies = stdout.split(/^You: /m).slice(1).map((part) => /^Bot: (.*)$/m.exec(part)?.[1] ?? '');
    expect(replies).toHaveLength(typed.length);
    for (const reply of replies) expect(answers.some((answer) => reply.startsWith(answer.slice(0, 30))), reply).toBe(true);
  });

  it.each([
    { flag: 'pa', language: 'pa' as const },
    { flag: 'zh-Hans', language: 'zh-Hans' as const },
    { flag: 'zh-Hant', language: 'zh-Hant' as const },
  ])('--language $flag welcomes in $language and answers a message too short to tell in it', async ({ flag, language }) => {
    const knowledge = await loadKnowledge(repoPath('knowledge'));
    const clinic = /^(.*) IMS helper \(terminal\)/m;
    const { code, stdout } = await chat('IMS?\n/quit\n', {}, ['--language', flag]);
    expect(code).toBe(0);
    expect(stdout).toContain(say(knowledge, language, 'welcome.intro', { clinic: clinic.exec(stdout)![1]! }));
    const reply = /^You: IMS\?\nBot: (.*)$/m.exec(stdout)?.[1] ?? '';
    expect([...knowledge.translations.get(language)!.values()].some((t) => reply.startsWith(t.text.slice(0, 30))), reply).toBe(true);
  });

  it('refuses a language it does not speak, saying which it does', async () => {
    const { code, stderr } = await chat('hello\n', {}, ['--language', 'fr']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/the bot speaks en, pa, zh-Hans and zh-Hant/);
  });

  it('ends cleanly at the end of input without /quit', async () => {
    const { code, stdout } = await chat('hello\n');
    expect(code).toBe(0);
    expect(stdout).toContain('Bot: ');
  });

  it('keeps a booking made in the terminal out of the clinic\'s requests: nothing stored, nothing listed by npm run bookings', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'terminal-booking-'));
    try {
      const answers = ["I'd like to book an IMS appointment please", 'yes', 'Pat Example', '604-555-0123', 'skip', 'next Tuesday afternoon', 'lower back pain', 'Self-pay', 'Confirm'];
      const { code, stdout } = await chat(`${answers.join('\n')}\n/quit\n`, { DATA_DIR: dataDir });
      expect(code).toBe(0);
      expect(stdout).toMatch(/nothing here is stored or sent to the clinic/i);
      expect(stdout).toMatch(/reference number is/i);
      expect(existsSync(path.join(dataDir, 'bookings.jsonl'))).toBe(false);
      expect(readdirSync(dataDir)).toEqual([]);
      const listed = spawnSync(process.execPath, [built('dist/src/cli/bookings.js'), '--format', 'json'], {
        cwd: REPO_ROOT,
        env: { ...cleanEnv(), DATA_DIR: dataDir },
        encoding: 'utf8',
      });
      expect(listed.status, listed.stderr).toBe(0);
      expect(JSON.parse(listed.stdout)).toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
