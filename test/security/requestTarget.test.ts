// One request must never stop the clinic's chat. Malformed Host headers and request targets, sent
// as raw bytes to the bot as `npm start` runs it (with and without an app id), get a 400 or another
// 4xx, and the process keeps answering. Then a seeded fuzz of request lines and headers.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWellFormedTarget } from '../../src/security/requestTarget.js';
import { startBot, type BotProcess } from '../scaleout/botProcess.js';

/** Sends raw bytes; resolves with the status code of the answer (0: connection closed without one). */
function sendRaw(port: number, raw: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    const done = () => {
      socket.destroy();
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(data);
      resolve(status ? Number(status[1]) : 0);
    };
    socket.setTimeout(5_000, done);
    socket.on('data', (chunk: Buffer) => {
      data += chunk.toString('latin1');
      if (/\r\n\r\n/.test(data)) done();
    });
    socket.on('error', done);
    socket.on('close', done);
    socket.write(raw, 'latin1');
  });
}

const request = (target: string, host: string | undefined, method = 'GET', extra = '') =>
  `${method} ${target} HTTP/1.1\r\n${host === undefined ? '' : `Host: ${host}\r\n`}${extra}Connection: close\r\n\r\n`;

const BAD_HOSTS = ['a b', 'localhost:99999', 'evil"><x>', '[x', 'localhost:-1', 'host:port', 'a/b', 'a\\b', 'a@b', '[::1', 'x:80:80', '%00', 'ünïcode'];
const BAD_TARGETS = ['//a b/x', 'nohost', '/%', 'http://a b/', 'http://[x/', '*x'];
const PATHS = ['/healthz', '/api/messages', '/', '/directline/tokens/generate', '/directline/conversations/x/stream'];

describe.each<{ auth: string; env: Record<string, string> }>([
  { auth: 'without an app id', env: {} },
  { auth: 'with an app id', env: { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-used' } },
])('a malformed request $auth', ({ env }) => {
  let bot: BotProcess;

  beforeAll(async () => {
    bot = await startBot({ env: { STORAGE: 'memory', LOG_LEVEL: 'warn', ...env } });
  });
  afterAll(async () => {
    await bot?.stop();
  });

  const stillServing = async () => {
    expect(bot.child.exitCode).toBeNull();
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  };

  it.each(BAD_HOSTS.flatMap((host) => PATHS.map((path) => ({ host, path }))))('Host "$host" on $path gets 400 and the bot stays up', async ({ host, path }) => {
    const method = path === '/api/messages' ? 'POST' : 'GET';
    const upgrade = path.endsWith('/stream') ? 'Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n' : '';
    expect(await sendRaw(bot.port, request(path, host, method, upgrade))).toBe(400);
    await stillServing();
  });

  it.each(BAD_TARGETS)('request target "%s" gets a 4xx and the bot stays up', async (target) => {
    const status = await sendRaw(bot.port, request(target, '127.0.0.1'));
    expect(status === 0 || (status >= 400 && status < 500), `status ${status}`).toBe(true);
    await stillServing();
  });

  it('a seeded fuzz of request lines and headers never stops the bot or gets a 5xx', async () => {
    let seed = 20261202;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const noise = () => String.fromCharCode(...Array.from({ length: 1 + Math.floor(random() * 6) }, () => 32 + Math.floor(random() * 95)));
    const methods = ['GET', 'POST', 'OPTIONS', 'HEAD', 'PUT', 'G ET', 'CONNECT'];
    const hosts = ['127.0.0.1', `127.0.0.1:${bot.port}`, 'localhost', ...BAD_HOSTS];
    for (let i = 0; i < 150; i++) {
      const host = random() < 0.5 ? pick(hosts) + (random() < 0.5 ? noise() : '') : noise();
      const target = random() < 0.7 ? pick(PATHS) + (random() < 0.5 ? noise() : '') : noise();
      const extra = random() < 0.3 ? `X-Forwarded-For: ${noise()}\r\nX-Forwarded-Host: ${noise()}\r\nX-Forwarded-Proto: ${noise()}\r\n` : '';
      const status = await sendRaw(bot.port, request(target, random() < 0.1 ? undefined : host, pick(methods), extra));
      expect(status, `${pick(methods)} ${target} Host: ${host}`).toBeLessThan(500);
    }
    await stillServing();
  });
});

describe('isWellFormedTarget', () => {
  it.each([
    ['localhost', '/healthz', true],
    ['127.0.0.1:3978', '/api/messages?x=1', true],
    ['[::1]:3978', '/', true],
    ['bot.example.org', '*', true],
    [undefined, '/', true],
    ['localhost', 'http://localhost/x', true],
    ['a b', '/', false],
    ['localhost:99999', '/', false],
    ['[x', '/', false],
    ['evil"><x>', '/', false],
    ['localhost', 'relative', false],
  ])('Host %s, target %s -> %s', (host, url, expected) => {
    expect(isWellFormedTarget({ url, headers: host === undefined ? {} : { host } })).toBe(expected);
  });

  it('refuses a request with more than one Host line (RFC 9112: 400)', () => {
    const rawHeaders = ['Host', '127.0.0.1', 'Content-Type', 'application/json', 'host', 'evil.example'];
    expect(isWellFormedTarget({ url: '/', headers: { host: '127.0.0.1' }, rawHeaders })).toBe(false);
    expect(isWellFormedTarget({ url: '/', headers: { host: '127.0.0.1' }, rawHeaders: rawHeaders.slice(0, 4) })).toBe(true);
  });
});
