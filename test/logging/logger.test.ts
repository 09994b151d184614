import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, REDACTED, scrubText } from '../../src/logging/logger.js';

function capture() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { log: createLogger('info', sink), lines: () => lines.join('\n') };
}

describe('logs never carry personal data', () => {
  it.each([
    ['a name under a personal key', { booking: { name: 'Pat Example' } }, 'Pat Example'],
    ['a display name on an activity', { from: { id: 'u1', name: 'Pat Example' } }, 'Pat Example'],
    ['a phone number under a personal key', { phone: '604-555-0199' }, '555-0199'],
    ['an e-mail under a personal key', { contact: { email: 'pat@example.com' } }, 'pat@example.com'],
    ['a phone number inside free text', { note: 'call me at (604) 555-0199 please' }, '555-0199'],
    ['an e-mail inside free text', { note: 'write to pat.example+x@mail.example.ca' }, 'pat.example'],
    ['an international number', { note: 'my cell +1 604 555 0199' }, '555 0199'],
  ])('%s', (_what, object, secret) => {
    const { log, lines } = capture();
    log.info(object, 'something happened');
    expect(lines()).not.toContain(secret);
    expect(lines()).toContain(REDACTED);
  });

  it('masks the message text and error messages too', () => {
    const { log, lines } = capture();
    log.warn('booking from pat@example.com');
    log.error({ err: new Error('could not send to 604-555-0199') }, 'notify failed');
    expect(lines()).not.toMatch(/pat@example\.com|555-0199/);
    expect(lines()).toContain('notify failed');
    expect(lines()).toContain('could not send to');
  });

  it('keeps activity ids, timestamps and ordinary numbers readable, and hashes conversation and user ids', () => {
    const { log, lines } = capture();
    log.info({ conversationId: 'a:1732412345678', userId: 'dl_pat', activityId: '1732412345678', count: 12, port: 3978 }, 'turn');
    log.info({ conversationId: 'a:1732412345678' }, 'turn');
    const [line, again] = lines().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(line).toMatchObject({ activityId: '1732412345678', count: 12, port: 3978, msg: 'turn', level: 'info' });
    expect(line!.conversationId).toEqual(expect.stringMatching(/^[\w-]{16}$/));
    expect(line!.userId).toEqual(expect.stringMatching(/^[\w-]{16}$/));
    expect(again!.conversationId).toBe(line!.conversationId);
    expect(lines()).not.toMatch(/a:1732412345678|dl_pat/);
  });

  // The same contact details the insights review masks (src/privacy/contactDetails.ts).
  it.each([
    ['an international number', 'call me on +44 20 7946 0958', '+44 20 7946 0958'],
    ['an extension', 'office 604-555-0123 ext 12', 'ext 12'],
    ['a number without separators', 'text 6045550123', '6045550123'],
  ])('scrubText masks %s', (_case, text, personal) => {
    expect(scrubText(text)).not.toContain(personal);
    expect(scrubText(text)).toContain(REDACTED);
  });

  it('scrubText leaves text without contacts alone', () => {
    expect(scrubText('IMS sessions are 1 to 2 weeks apart; 4 to 10 sessions')).toBe('IMS sessions are 1 to 2 weeks apart; 4 to 10 sessions');
  });
});

describe('where the log goes', () => {
  /** A stand-in for a terminal: what a person watching `npm start` sees. */
  function terminal() {
    let text = '';
    const stream = Object.assign(
      new Writable({
        write(chunk: Buffer, _enc, done) {
          text += chunk.toString('utf8');
          done();
        },
      }),
      { isTTY: true },
    );
    return { stream, text: () => text };
  }

  it('prints readable lines, not JSON, when the output is a terminal, and still hides personal data', () => {
    const screen = terminal();
    const log = createLogger('info', screen.stream);
    log.info({ chat: 'http://localhost:3978/' }, 'ready');
    log.warn({ booking: { phone: '604-555-0199' } }, 'notification failed');
    const lines = screen.text().trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: ready .*http:\/\/localhost:3978\//);
    expect(lines[1]).toMatch(/WARN: notification failed/);
    expect(() => JSON.parse(lines[0]!)).toThrow();
    expect(screen.text()).not.toContain('555-0199');
  });

  it('writes one JSON object per line when the output is not a terminal (a log collector, a file)', () => {
    const { log, lines } = capture();
    log.info({ chat: 'http://localhost:3978/' }, 'ready');
    expect(JSON.parse(lines())).toMatchObject({ level: 'info', msg: 'ready', chat: 'http://localhost:3978/' });
  });
});
