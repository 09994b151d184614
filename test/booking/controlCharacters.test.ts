// Line breaks and other control characters typed into a booking never reach the clinic's e-mail as
// lines of their own ('"x\r\nBcc: y@example.org"@example.com' used to be accepted and put a fake
// "Bcc:" line into it). Over HTTP against the bot as `npm start` runs it, with a real SMTP server;
// then the two boundaries that refuse what is left: the e-mail check and a new booking record.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingRecordSchema, newBookingRecordSchema } from '../../src/booking/bookingRecord.js';
import { isEmail } from '../../src/booking/isEmail.js';
import { runBookingsCli } from '../../src/cli/bookings.js';
import { TestConversation } from '../support/channelClient.js';
import { startBot, type BotProcess } from '../scaleout/botProcess.js';
import { GOOD_ANSWERS, QUESTION_OF, STEPS } from '../dialogs/booking/bookingTestKit.js';
import { sampleBooking } from './sampleBooking.js';

const CONTROL = /[\p{Cc}\u2028\u2029]/u;

/** What a person types at each step, with control characters where an attacker would put them. */
const HOSTILE_ANSWERS: Partial<Record<(typeof STEPS)[number], string>> = {
  email: '"x\r\nBcc: y@example.org"@example.com',
  time: 'next Tuesday\r\nafternoon',
  reason: 'lower back pain\r\nBcc: z@example.org\u001b[31m',
  payer: 'Self-pay',
};

describe('a booking typed with control characters, end to end', () => {
  let smtp: SMTPServer;
  const mails: string[] = [];
  let bot: BotProcess;
  let dataDir: string;
  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, done) {
        let raw = '';
        stream.setEncoding('utf8');
        stream.on('data', (chunk: string) => (raw += chunk));
        stream.on('end', () => {
          mails.push(raw);
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'control-characters-'));
    bot = await startBot({
      env: {
        STORAGE: 'file',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String((smtp.server.address() as AddressInfo).port),
        BOOKING_EMAIL_FROM: 'bot@nordel.example',
        BOOKING_EMAIL_TO: 'frontdesk@nordel.example',
      },
    });
  }, 180_000);
  afterAll(async () => {
    await bot?.stop();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is stored and e-mailed with every field on its own line, nothing forged', async () => {
    const conversation = new TestConversation(bot.endpoint);
    let reply = await conversation.send("I'd like to book an IMS appointment");
    for (const step of STEPS.filter((s) => s !== 'claim')) {
      expect(reply.text, `at ${step}`).toMatch(QUESTION_OF[step]);
      reply = await conversation.send(HOSTILE_ANSWERS[step] ?? GOOD_ANSWERS[step]);
    }
    const reference = /NPC-[2-9A-HJKMNP-Z]{6}/.exec(reply.text)?.[0];
    expect(reference, reply.text).toBeDefined();

    for (let i = 0; i < 100 && mails.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(mails).toHaveLength(1);
    const mail = mails[0]!.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    const body = mail.slice(mail.indexOf('\r\n\r\n'));
    expect(body).toContain(`Reference:       ${reference}`);
    expect(body).not.toMatch(/^Bcc:/im);
    expect(body.replace(/\r?\n/g, '')).not.toMatch(CONTROL);
    expect(mail.slice(0, mail.indexOf('\r\n\r\n'))).not.toMatch(/^Bcc:/im);

    let listing = '';
    expect(await runBookingsCli(['--format', 'json'], { env: { DATA_DIR: dataDir }, cwd: process.cwd(), out: (t) => (listing += t), err: () => {} })).toBe(0);
    const [stored] = JSON.parse(listing) as Record<string, unknown>[];
    expect(stored).toMatchObject({ reference, reason: 'lower back pain Bcc: z@example.org[31m', preferredTime: { text: 'next Tuesday afternoon' } });
    expect(JSON.stringify(stored)).not.toMatch(/\\[rnt]|\\u00/);
  }, 120_000);
});

describe('the boundaries', () => {
  it.each([
    ['a CR/LF in a quoted local part', '"x\r\nBcc: y@example.org"@example.com'],
    ['a line feed', 'pat\n@example.com'],
    ['a NUL', '"pat\u0000"@example.com'],
    ['a tab', '"pat\tx"@example.com'],
    ['a line separator', '"pat\u2028x"@example.com'],
    ['DEL', '"pat\u007f"@example.com'],
  ])('the e-mail check refuses %s', (_what, address) => {
    expect(isEmail(address)).toBe(false);
  });

  it('the e-mail check still accepts ordinary and quoted addresses', () => {
    expect(isEmail('pat.example+ims@mail.example.ca')).toBe(true);
    expect(isEmail('"pat example"@example.com')).toBe(true);
  });

  it.each([
    ['name', { name: 'Pat\r\nExample' }],
    ['reason', { reason: 'back\u001b[2J' }],
    ['preferred time', { preferredTime: { ...sampleBooking().preferredTime, text: 'Tuesday\nmorning' } }],
    ['claim number', { claimNumber: 'AB\u0000123' }],
    ['channel', { channelId: 'webchat\r\n' }],
  ])('a new booking record is refused with a control character in the %s, and one stored before stays readable', (_what, change) => {
    const result = newBookingRecordSchema.safeParse({ ...sampleBooking(), ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join()).toMatch(/control characters/);
    expect(bookingRecordSchema.safeParse({ ...sampleBooking(), ...change }).success).toBe(true);
  });

  it('a new booking record still takes a delivery error that spans lines (bookkeeping, not the person’s words)', () => {
    const record = { ...sampleBooking(), notifications: { email: { status: 'failed' as const, attempts: 1, lastError: 'Invalid login:\r\n535 5.7.8 not accepted' } } };
    expect(newBookingRecordSchema.safeParse(record).success).toBe(true);
  });
});
