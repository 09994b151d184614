// Request limits as a client meets them over HTTP on the real server: size caps (413), a polite
// answer to an over-long message, refusal of compressed bodies (415), per-conversation and
// per-address rate limits (429 with Retry-After), security headers on every response.
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { say } from '../../src/kb/messages.js';
import { DEFAULT_REQUEST_TIMEOUTS } from '../../src/security/requestLimits.js';
import { TestConversation } from '../support/channelClient.js';
import { startTestApp, type TestApp } from '../support/startApp.js';
import { leaksIn } from '../badinput/corpus.js';

const running: TestApp[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((a) => a.close()));
});

async function start(env: Record<string, string> = {}): Promise<TestApp> {
  const app = await startTestApp({ env });
  running.push(app);
  return app;
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/** A raw POST, optionally chunked (no Content-Length), with exact headers. */
function postRaw(url: string, body: Buffer, headers: Record<string, string>, chunked = false): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: chunked ? headers : { ...headers, 'content-length': String(body.length) } });
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString() }));
    });
    req.on('error', (e) => {
      if (!answered) reject(e);
    });
    if (chunked) {
      for (let i = 0; i < body.length; i += 64 * 1024) req.write(body.subarray(i, i + 64 * 1024));
      req.end();
    } else req.end(body);
  });
}

function message(conversation: TestConversation, text: string): Buffer {
  return Buffer.from(JSON.stringify(conversation.activity({ type: 'message', text })));
}

describe('message size', () => {
  it('a 100 kB message fits the body limit and gets a polite "too long" reply, not an error', async () => {
    const app = await start();
    const turn = await new TestConversation(app.endpoint).send('where does it hurt '.repeat(5_500));
    expect(turn.status).toBe(200);
    expect(turn.text).toBe(say(app.app.knowledge, 'en', 'reply.tooLong'));
  });

  it.each([
    ['with Content-Length (refused before reading)', false],
    ['sent in chunks without Content-Length', true],
  ])('a 1 MB message -> 413 %s, and the bot keeps answering', async (_how, chunked) => {
    const app = await start();
    const conversation = new TestConversation(app.endpoint);
    const res = await postRaw(app.endpoint, message(conversation, 'a'.repeat(1_000_000)), { 'content-type': 'application/json' }, chunked);
    expect(res.status).toBe(413);
    expect(leaksIn(res.text)).toEqual([]);
    expect((await conversation.send('what is IMS?')).status).toBe(200);
  });

  it.each(['gzip', 'deflate', 'br'])('a body declared as %s -> 415 before it is read, and the bot keeps answering', async (encoding) => {
    const app = await start();
    const conversation = new TestConversation(app.endpoint);
    // Not actually compressed: inflating it is exactly what must not be attempted.
    const res = await postRaw(app.endpoint, message(conversation, 'hi'), { 'content-type': 'application/json', 'content-encoding': encoding });
    expect(res.status).toBe(415);
    expect((await conversation.send('what is IMS?')).status).toBe(200);
  });
});

describe('rate limits', () => {
  it('one conversation gets RATE_LIMIT_PER_MINUTE messages, then 429 with Retry-After; other conversations are unaffected', async () => {
    const app = await start({ RATE_LIMIT_PER_MINUTE: '3' });
    const chatty = new TestConversation(app.endpoint);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await chatty.send('what is IMS?')).status);
    expect(statuses).toEqual([200, 200, 200]);
    const refused = await postRaw(app.endpoint, message(chatty, 'what is IMS?'), { 'content-type': 'application/json' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(leaksIn(refused.text)).toEqual([]);
    expect((await new TestConversation(app.endpoint).send('what is IMS?')).status).toBe(200);
  });

  it.each(['/api/messages/', '//api/messages', '/API/messages', '/api/%6Dessages', '/api/messages?x=1'])(
    'the path spelled %s does not get round the per-conversation limit',
    async (variant) => {
      const app = await start({ RATE_LIMIT_PER_MINUTE: '1' });
      const chatty = new TestConversation(app.endpoint);
      expect((await chatty.send('hi')).status).toBe(200);
      const res = await postRaw(`${app.url}${variant}`, message(chatty, 'hi'), { 'content-type': 'application/json' });
      expect([404, 429]).toContain(res.status);
    },
  );

  it('one address gets 10x the per-conversation limit across conversations; a forged X-Forwarded-For does not help', async () => {
    const app = await start({ RATE_LIMIT_PER_MINUTE: '1' });
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await new TestConversation(app.endpoint).send('hi')).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const res = await postRaw(app.endpoint, message(new TestConversation(app.endpoint), 'hi'), {
      'content-type': 'application/json',
      'x-forwarded-for': '203.0.113.99',
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  });

  it('behind a trusted proxy (TRUST_PROXY=true) each forwarded client address has its own limit', async () => {
    const app = await start({ RATE_LIMIT_PER_MINUTE: '1', TRUST_PROXY: 'true' });
    const from = (client: string) =>
      postRaw(app.endpoint, message(new TestConversation(app.endpoint), 'hi'), { 'content-type': 'application/json', 'x-forwarded-for': client });
    // Loopback clients: without an app id /api/messages answers only this machine (localToolsOnly.ts).
    for (let i = 0; i < 10; i++) expect((await from('127.0.0.11')).status).toBe(200);
    expect((await from('127.0.0.11')).status).toBe(429);
    expect((await from('127.0.0.12')).status).toBe(200);
  });
});

describe('security headers and time-outs on the real server', () => {
  it.each([
    ['GET', '/healthz'],
    ['GET', '/no-such-page'],
    ['POST', '/api/messages'],
  ])('%s %s carries the CSP, nosniff and referrer policy', async (method, path) => {
    const app = await start();
    const res = await fetch(`${app.url}${path}`, {
      method,
      ...(method === 'POST' ? { headers: { 'content-type': 'application/json' }, body: '{}' } : {}),
    });
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'.*frame-ancestors 'self'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('frame-ancestors lists ALLOWED_ORIGINS and connect-src the Azure Direct Line service in azure mode', async () => {
    const app = await start({
      ALLOWED_ORIGINS: 'https://nordelphysio.example',
      DIRECT_LINE: 'azure',
      DIRECT_LINE_SECRET: 'not-a-real-secret',
    });
    const csp = (await fetch(`${app.url}/healthz`)).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'self' https://nordelphysio.example");
    expect(csp).toMatch(/connect-src [^;]*https:\/\/directline\.botframework\.com [^;]*wss:\/\/directline\.botframework\.com/);
  });

  it('slow clients are cut off: Node waits at most 10 s for headers and 30 s for a whole request', async () => {
    const app = await start();
    const server = app.app.server.server;
    expect(server.headersTimeout).toBe(DEFAULT_REQUEST_TIMEOUTS.headersMs);
    expect(server.requestTimeout).toBe(DEFAULT_REQUEST_TIMEOUTS.requestMs);
    expect(server.requestTimeout).toBeLessThan(300_000); // Node's own default
  });
});
