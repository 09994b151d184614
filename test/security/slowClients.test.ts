// Slow and greedy clients against the bot as `npm start` runs it, with short time-outs configured:
// a client trickling its headers or its body is cut off soon after the configured time-out (Node
// used to look only every 30 s), and one address cannot hold more connections than its share.
// Timing is asserted only as "closed before N seconds", never more precisely.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressGroup } from '../../src/security/connectionLimit.js';
import { startBot, type BotProcess } from '../scaleout/botProcess.js';

/** Opens a connection and keeps sending `pieces` (one every 200 ms, then `trickle` forever); resolves with how long the server kept it open. */
function trickle(port: number, opening: string, trickled: string): Promise<{ openMs: number; answer: string }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.write(opening);
    const timer = setInterval(() => {
      if (!socket.destroyed && socket.writable) socket.write(trickled);
    }, 200);
    const giveUp = setTimeout(() => socket.destroy(), 15_000);
    socket.on('close', () => {
      clearInterval(timer);
      clearTimeout(giveUp);
      resolve({ openMs: Date.now() - started, answer });
    });
  });
}

/** An open connection that has sent nothing yet; resolves once connected, or with the refusal it got. */
function idleConnection(port: number): Promise<{ socket: net.Socket; refused: Promise<string | undefined> }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    const refused = new Promise<string | undefined>((settle) => {
      socket.on('close', () => settle(answer));
      setTimeout(() => settle(undefined), 1_000);
    });
    socket.once('connect', () => resolve({ socket, refused }));
    socket.once('error', reject);
  });
}

function get(port: number, path: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('error', () => resolve(answer));
    socket.on('close', () => resolve(answer));
    socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  });
}


describe('slow clients', () => {
  let bot: BotProcess;
  beforeAll(async () => {
    bot = await startBot({ env: { STORAGE: 'memory', HEADERS_TIMEOUT_SECONDS: '1', REQUEST_TIMEOUT_SECONDS: '2' } });
  });
  afterAll(async () => bot?.stop());

  it('a client trickling its request headers is cut off within seconds of the header time-out', async () => {
    const { openMs } = await trickle(bot.port, 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n', 'X-Slow: y\r\n');
    expect(openMs).toBeLessThan(5_000);
  });

  it('a client trickling its request body is cut off within seconds of the request time-out', async () => {
    const head = 'POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"type":"message","text":"';
    const { openMs } = await trickle(bot.port, head, 'a');
    expect(openMs).toBeLessThan(6_000);
  });

  it('a prompt client is served as before', async () => {
    expect(await get(bot.port, '/healthz')).toMatch(/^HTTP\/1\.1 200/);
  });
});

describe('connections per address', () => {
  let bot: BotProcess;
  beforeAll(async () => {
    // Readiness is polled here with connections that close, so no idle keep-alive connection counts.
    bot = await startBot({ env: { STORAGE: 'memory', MAX_CONNECTIONS_PER_ADDRESS: '5' }, waitReady: false });
    await bot.waitFor(/"msg":"ready"/);
    while (!/^HTTP\/1\.1 200/.test(await get(bot.port, '/readyz'))) await new Promise((resolve) => setTimeout(resolve, 100));
  });
  afterAll(async () => bot?.stop());

  it('an address holding its share of connections gets 503 for the next one, and is served again once one closes', async () => {
    const held = await Promise.all(Array.from({ length: 5 }, () => idleConnection(bot.port)));
    for (const { refused } of held) expect(await refused).toBeUndefined();
    const extra = await idleConnection(bot.port);
    expect(await extra.refused).toMatch(/^HTTP\/1\.1 503/);
    expect(await get(bot.port, '/healthz')).toMatch(/^HTTP\/1\.1 503/);

    held[0]!.socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await get(bot.port, '/healthz')).toMatch(/^HTTP\/1\.1 200/);
    for (const { socket } of held) socket.destroy();
    expect(bot.child.exitCode).toBeNull();
  });
});

describe('addressGroup', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
    ['2001:DB8::1', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
  ])('%s counts as %s', (address, group) => {
    expect(addressGroup(address)).toBe(group);
  });
});
