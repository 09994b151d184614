// Channel authentication over the real HTTP server. With an app registration configured (any of
// the three app types), a request without a valid Bot Framework token gets 401 and runs no bot
// code: no message is read, nothing is said. Rejecting these never needs the network
// (no OpenID metadata fetch), which a guard on outgoing connections checks. Without an app
// registration (local use) the same requests are answered.
import net from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadBotParts, type BotParts } from '../../src/app.js';
import { TestConversation } from '../support/channelClient.js';
import { FakeUnderstanding } from '../support/fakeUnderstanding.js';
import { startTestApp, testConfig, type TestApp } from '../support/startApp.js';
import { leaksIn } from '../badinput/corpus.js';

const APP_ID = '00000000-0000-0000-0000-0000000000a1';
const TENANT = '00000000-0000-0000-0000-0000000000b2';

const MODES: [string, Record<string, string>][] = [
  ['MultiTenant', { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret' }],
  ['SingleTenant', { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT }],
  ['UserAssignedMSI', { MicrosoftAppId: APP_ID, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT }],
];

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
const now = Math.floor(Date.now() / 1000);
/** A well-formed JWT from an issuer Bot Framework does not trust, unsigned. */
const FOREIGN_TOKEN = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ iss: 'https://evil.example/', aud: APP_ID, exp: now + 3600, nbf: now - 60 })}.`;

const BAD_CREDENTIALS: [string, string | undefined][] = [
  ['no Authorization header', undefined],
  ['an empty bearer token', 'Bearer '],
  ['a bearer token that is not a JWT', 'Bearer not-a-jwt'],
  ['basic credentials', `Basic ${Buffer.from('user:pass').toString('base64')}`],
  ['an unsigned JWT from an unknown issuer', `Bearer ${FOREIGN_TOKEN}`],
];

// Every outgoing TCP connection made while a test runs; loopback ones are let through, any
// other is refused before it is attempted and remembered.
const realConnect = net.Socket.prototype.connect;
let outbound: string[] = [];
function destination(args: unknown[]): { host: string; port: unknown } {
  const [first, second] = args as [unknown, unknown];
  if (first && typeof first === 'object') {
    const o = first as { host?: string; port?: unknown; path?: string };
    return { host: o.path ? 'unix' : (o.host ?? 'localhost'), port: o.port };
  }
  return { host: typeof second === 'string' ? second : 'localhost', port: first };
}
beforeAll(() => {
  net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
    const { host, port } = destination(args);
    if (!/^(localhost|127\.\d+\.\d+\.\d+|::1|unix)$/.test(host)) {
      outbound.push(`${host}:${String(port)}`);
      process.nextTick(() => this.destroy(new Error(`test guard: no connection to ${host}`)));
      return this;
    }
    return (realConnect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;
});
afterAll(() => {
  net.Socket.prototype.connect = realConnect;
});

let parts: BotParts;
/** The real reader of messages, watched: which messages reached the bot's logic. */
let reader: FakeUnderstanding;
const read = () => reader.calls.map((call) => call.input.text);
beforeAll(async () => {
  const real = await loadBotParts(testConfig());
  const understanding = real.understanding();
  reader = new FakeUnderstanding((input, context) => understanding.read(input, context));
  parts = { ...real, understanding: () => reader };
});
beforeEach(() => {
  reader.calls.length = 0;
  outbound = [];
});

async function post(app: TestApp, authorization: string | undefined) {
  const conversation = new TestConversation(app.endpoint);
  const res = await fetch(app.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization === undefined ? {} : { authorization }) },
    body: JSON.stringify(conversation.activity({ type: 'message', text: 'What is IMS?' })),
  });
  return { status: res.status, text: await res.text() };
}

describe.each(MODES)('channel authentication on (%s)', (_mode, env) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env, parts });
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(outbound, 'no connection may leave the machine').toEqual([]);
  });

  it.each(BAD_CREDENTIALS)('%s -> 401, no bot code runs, nothing is said', async (_what, authorization) => {
    const res = await post(app, authorization);
    expect(res.status).toBe(401);
    expect(read()).toEqual([]);
    expect(res.text).not.toMatch(/IMS|activities/);
    expect(leaksIn(res.text)).toEqual([]);
  });

  it('a conversation update (welcome) without a token is refused too', async () => {
    const conversation = new TestConversation(app.endpoint);
    const turn = await conversation.join();
    expect(turn.status).toBe(401);
    expect(turn.messages).toEqual([]);
  });
});

describe('channel authentication off (local use, no app registration)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ parts });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('the same request without a token is answered (so the checks above can fail)', async () => {
    const res = await post(app, undefined);
    expect(res.status).toBe(200);
    expect(read()).toEqual(['What is IMS?']);
    expect(res.text).toMatch(/IMS/);
    expect(outbound).toEqual([]);
  });
});
