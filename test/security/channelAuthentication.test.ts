// Channel authentication as the bot (`npm start`, an app id set) meets it, with a local server
// standing in for Bot Framework's OpenID metadata (BotOpenIdMetadata): nothing here reaches
// Microsoft. When the signing keys cannot be fetched the answer is 503 with nothing internal in
// it; bad tokens get 401; a flood of them leaves at most a line in the log, never a stack trace.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaksIn } from '../badinput/corpus.js';
import { startBot, type BotProcess } from '../scaleout/botProcess.js';
import { freePort } from '../support/freePort.js';

const APP_ID = '00000000-0000-0000-0000-0000000000a1';
const SERVICE_URL = 'http://127.0.0.1:9/';
const KEY_ID = 'test-key-1';

type Mode = 'down' | 'up';

/** Serves /openid (metadata) and /keys (JWKS), or 500 for both while down. */
async function startMetadataServer(jwks: unknown) {
  let mode: Mode = 'down';
  let requests = 0;
  const server = http.createServer((req, res) => {
    requests++;
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (mode === 'down') {
      res.writeHead(500);
      res.end('metadata service is down');
    } else if (req.url === '/openid') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${base}/keys` }));
    } else {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(jwks));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/openid`,
    set: (next: Mode) => (mode = next),
    requests: () => requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}


let signingKey: CryptoKey;
let otherKey: CryptoKey;
let jwks: unknown;
beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  signingKey = pair.privateKey;
  otherKey = (await generateKeyPair('RS256')).privateKey;
  jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: KEY_ID, use: 'sig', alg: 'RS256' }] };
});

/** A channel token as Bot Framework issues them; `change` spoils it. */
function channelToken(change: { key?: CryptoKey; issuer?: string; expiresIn?: string | number } = {}): Promise<string> {
  return new SignJWT({ serviceurl: SERVICE_URL })
    .setProtectedHeader({ alg: 'RS256', kid: KEY_ID, typ: 'JWT' })
    .setIssuer(change.issuer ?? 'https://api.botframework.com')
    .setAudience(APP_ID)
    .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
    .setNotBefore(Math.floor(Date.now() / 1000) - 3600)
    .setExpirationTime(change.expiresIn ?? '10m')
    .sign(change.key ?? signingKey);
}

async function post(bot: BotProcess, token: string) {
  const res = await fetch(bot.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      type: 'message',
      id: 'a1',
      channelId: 'webchat',
      serviceUrl: SERVICE_URL,
      deliveryMode: 'expectReplies',
      from: { id: 'u1' },
      recipient: { id: APP_ID },
      conversation: { id: `c-${Math.random()}` },
      text: 'what is IMS?',
    }),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), text: await res.text() };
}

const appEnv = (metadataUrl: string) => ({
  STORAGE: 'memory',
  LOG_LEVEL: 'info',
  MicrosoftAppId: APP_ID,
  MicrosoftAppPassword: 'not-used-nothing-leaves-the-machine',
  BotOpenIdMetadata: metadataUrl,
});

function expectNothingInternal(text: string) {
  expect(leaksIn(text)).toEqual([]);
  expect(text).not.toMatch(/openid|metadata|127\.0\.0\.1|ECONNREFUSED|Failed to load|fetch|reason/i);
}

describe('channel authentication when the signing keys cannot be fetched', () => {
  it('answers 503 with Retry-After and nothing internal when the metadata endpoint is unreachable', async () => {
    const bot = await startBot({ env: appEnv(`http://127.0.0.1:${await freePort()}/openid`) });
    try {
      const res = await post(bot, await channelToken());
      expect(res.status).toBe(503);
      expect(Number(res.retryAfter)).toBeGreaterThan(0);
      expectNothingInternal(res.text);
      expect(bot.child.exitCode).toBeNull();
    } finally {
      await bot.stop();
    }
  });
});

describe('channel authentication with a metadata endpoint', () => {
  let metadata: Awaited<ReturnType<typeof startMetadataServer>>;
  let bot: BotProcess;
  beforeAll(async () => {
    metadata = await startMetadataServer(jwks);
    bot = await startBot({ env: appEnv(metadata.url) });
  });
  afterAll(async () => {
    await bot?.stop();
    await metadata?.close();
  });

  it('answers 503 with nothing internal while the endpoint fails, then serves once it answers', async () => {
    metadata.set('down');
    const down = await post(bot, await channelToken());
    expect(down.status).toBe(503);
    expectNothingInternal(down.text);
    expect(metadata.requests()).toBeGreaterThan(0);

    metadata.set('up');
    const up = await post(bot, await channelToken());
    expect(up.status, up.text).toBe(200);
    expect(up.text).toMatch(/IMS/);
  });

  it.each([
    ['signed with another key', () => channelToken({ key: otherKey })],
    ['expired', () => channelToken({ expiresIn: Math.floor(Date.now() / 1000) - 1800 })],
    ['from an issuer Bot Framework does not use', () => channelToken({ issuer: 'https://evil.example/' })],
  ])('refuses a token %s with 401 and nothing internal', async (_what, token) => {
    metadata.set('up');
    const res = await post(bot, await token());
    expect(res.status).toBe(401);
    expectNothingInternal(res.text);
  });

  it('logs a flood of bad tokens in at most one line, without a stack trace', async () => {
    metadata.set('up');
    const tokens = await Promise.all([channelToken({ key: otherKey }), channelToken({ expiresIn: Math.floor(Date.now() / 1000) - 1800 }), channelToken({ issuer: 'https://evil.example/' })]);
    const before = bot.output().length;
    for (let i = 0; i < 11; i++) for (const token of tokens) expect((await post(bot, token)).status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const logged = bot.output().slice(before);
    expect(logged).not.toMatch(/^\s+at /m);
    expect(logged.split('\n').filter(Boolean).length, logged).toBeLessThanOrEqual(1);
  });
});
