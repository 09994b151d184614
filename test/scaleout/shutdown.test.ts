// Graceful shutdown as App Service does it (SIGTERM on restart, scale-in or deployment): the bot
// stops accepting connections, finishes the turn in flight, saves its state and exits 0; a
// client that never finishes its request cannot keep the process alive past the shutdown limit.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TestConversation } from '../support/channelClient.js';
import { startBot, type BotProcess } from './botProcess.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

async function bot(): Promise<{ bot: BotProcess; dataDir: string }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'shutdown-'));
  const started = await startBot({ env: { STORAGE: 'file', DATA_DIR: dataDir } });
  cleanups.push(
    () => started.stop(),
    () => rmSync(dataDir, { recursive: true, force: true }),
  );
  return { bot: started, dataDir };
}

/** Opens a raw connection and sends a request's headers and the first part of its body. */
async function startSlowRequest(port: number, body: Buffer, firstPart: number) {
  const socket = net.connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let received = '';
  socket.on('data', (c: Buffer) => (received += c.toString('utf8')));
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.on('error', () => {}); // the close is what the test looks at
  socket.write(
    `POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
  );
  socket.write(body.subarray(0, firstPart));
  return {
    finish: () => socket.write(body.subarray(firstPart)),
    closed,
    response: () => received,
  };
}

/** True when a new request on a fresh connection gets an HTTP answer. */
function servesNewRequest(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    // The TCP handshake alone can still complete from the kernel's backlog while the listening
    // socket is being closed; what matters is that no new request is served.
    const req = http.get({ host: '127.0.0.1', port, path: '/healthz', agent: false }, (res) => {
      res.resume();
      resolve(true);
    });
    req.once('error', () => resolve(false));
  });
}

describe('graceful shutdown on SIGTERM', () => {
  it('stops accepting, finishes the turn in flight, saves its state and exits 0', async () => {
    const { bot: running, dataDir } = await bot();
    const conversation = new TestConversation(running.endpoint);
    const body = Buffer.from(JSON.stringify(conversation.activity({ type: 'message', text: "I'd like to book an IMS appointment" })));
    const slow = await startSlowRequest(running.port, body, 40);
    expect(await servesNewRequest(running.port)).toBe(true);

    running.child.kill('SIGTERM');
    await running.waitFor(/"msg":"shutting down"/);
    expect(await servesNewRequest(running.port)).toBe(false);

    slow.finish();
    await slow.closed;
    const response = slow.response();
    expect(response).toMatch(/^HTTP\/1\.1 200/);
    expect(response).toMatch(/okay to collect|booking/i);

    expect(await running.exited).toEqual({ code: 0, signal: null });
    expect(running.output()).toContain('"msg":"stopped"');
    // The turn's conversation state reached the disk before the process ended.
    const stateDir = path.join(dataDir, 'state');
    expect(existsSync(stateDir) && readdirSync(stateDir, { recursive: true }).length).toBeGreaterThan(0);
  });

  it('a client that never finishes its request does not keep the process alive', async () => {
    const { bot: running } = await bot();
    const conversation = new TestConversation(running.endpoint);
    const body = Buffer.from(JSON.stringify(conversation.activity({ type: 'message', text: 'what is IMS?' })));
    await startSlowRequest(running.port, body, 10);

    running.child.kill('SIGTERM');
    const exit = await running.exited;
    expect(exit.signal).toBeNull();
    expect(running.output()).toMatch(/shutdown took too long|"msg":"stopped"/);
  }, 40_000);
});
