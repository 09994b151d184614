// Without an app registration (MicrosoftAppId) nothing vouches for a request to /api/messages. The
// bot then listens on this machine only unless told otherwise, says so loudly when told otherwise,
// answers /api/messages only for local tools (loopback peer and Host, their channels), never lets a
// request there step into a website visitor's conversation, and posts replies only to plainly
// spelled loopback serviceUrls.
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestConversation } from '../support/channelClient.js';
import { startCaptureServer, type CaptureServer } from '../support/captureServer.js';
import { startTestApp, type TestApp } from '../support/startApp.js';
import { startBot, type BotProcess } from '../scaleout/botProcess.js';
import { DirectLineClient } from '../channels/webChannelHarness.js';

/** An address of this machine that is not loopback (connecting to it never leaves the machine). */
const externalAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, host);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function message(conversationId: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'message',
    id: `m-${Math.random()}`,
    channelId: 'webchat',
    serviceUrl: 'http://127.0.0.1:9/',
    deliveryMode: 'expectReplies',
    from: { id: 'u1' },
    recipient: { id: 'bot' },
    conversation: { id: conversationId },
    text: 'what is IMS?',
    ...extra,
  };
}

/** POSTs to /api/messages with exactly these headers (fetch would not send another Host). */
function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('where an unauthenticated bot listens (`npm start`)', () => {
  it.skipIf(!externalAddress)('with no HOST: on 127.0.0.1 only, and it says so', async () => {
    const bot = await startBot({ env: { STORAGE: 'memory', HOST: '' } });
    try {
      expect(await canConnect('127.0.0.1', bot.port)).toBe(true);
      expect(await canConnect(externalAddress!, bot.port), `reachable on ${externalAddress}`).toBe(false);
      await bot.waitFor(/listening on this machine only/);
    } finally {
      await bot.stop();
    }
  });

  it('refuses to start on all interfaces without an explicit setting, naming it', async () => {
    const bot = await startBot({ env: { STORAGE: 'memory', HOST: '0.0.0.0' }, waitReady: false });
    expect((await bot.exited).code).toBe(1);
    expect(bot.output()).toMatch(/ALLOW_REMOTE_WITHOUT_AUTH/);
    expect(bot.output()).not.toMatch(/\n\s+at /);
  });

  describe.skipIf(!externalAddress)('with ALLOW_REMOTE_WITHOUT_AUTH=true', () => {
    let bot: BotProcess;
    beforeAll(async () => {
      bot = await startBot({ env: { STORAGE: 'memory', HOST: '0.0.0.0', ALLOW_REMOTE_WITHOUT_AUTH: 'true' } });
    });
    afterAll(async () => bot?.stop());

    it('warns loudly at start-up', async () => {
      // The child's log reaches this process through a pipe, which may lag behind its /readyz answer.
      await bot.waitFor(/NO CHANNEL AUTHENTICATION/);
      const warning = bot.output().split('\n').find((line) => line.includes('NO CHANNEL AUTHENTICATION'));
      expect(warning).toMatch(/"level":"warn"/);
    });

    it('serves the website chat to other machines, but /api/messages only to this one', async () => {
      const remote = `http://${externalAddress}:${bot.port}`;
      expect((await fetch(`${remote}/healthz`)).status).toBe(200);
      expect((await fetch(`${remote}/`)).status).toBe(200);
      const fromElsewhere = await post(remote, message('remote-1'));
      expect(fromElsewhere.status).toBe(403);
      expect(fromElsewhere.text).not.toMatch(/IMS/);
      expect((await post(bot.url, message('local-1'))).status).toBe(200);
    });
  });
});

describe('/api/messages without channel authentication', () => {
  let app: TestApp;
  let capture: CaptureServer;
  beforeAll(async () => {
    app = await startTestApp();
    capture = await startCaptureServer();
  });
  afterAll(async () => {
    await app?.close();
    await capture?.close();
  });

  it.each([
    ['another site name in Host (a page rebinding its name to 127.0.0.1)', { host: 'evil.example' }],
    ['a proxy in between (X-Forwarded-For, TRUST_PROXY off)', { 'x-forwarded-for': '203.0.113.9' }],
    ['a proxy in between (Forwarded, TRUST_PROXY off)', { forwarded: 'for=203.0.113.9' }],
  ])('refuses a request with %s', async (_what, headers) => {
    const res = await post(app.url, message('c-headers'), headers);
    expect(res.status).toBe(403);
    expect(res.text).not.toMatch(/IMS/);
  });

  it.each(['emulator', 'msteams', 'webchat', 'test'])('answers local tools on the %s channel', async (channelId) => {
    expect((await post(app.url, message(`c-${channelId}`, { channelId }))).status).toBe(200);
  });

  it.each(['directline', 'slack', 'DirectLine'])('refuses channel %s', async (channelId) => {
    const res = await post(app.url, message(`c-refused-${channelId}`, { channelId }));
    expect(res.status).toBe(403);
  });

  it("cannot step into a website visitor's booking, which carries on untouched", async () => {
    const visitor = await new DirectLineClient(app.url).join();
    // Only what the bot says after each message counts: the consent question already names the phone number.
    let seen = 0;
    const say = async (text: string, expected: RegExp) => {
      await visitor.say(text);
      const activities = await visitor.pollUntil(
        (a, index) => index >= seen && a.from?.role === 'bot' && a.type === 'message' && expected.test(a.text ?? ''),
      );
      seen = activities.length;
    };
    await say("I'd like to book an IMS appointment", /okay to collect/);
    await say('yes', /full name/);
    await say('Pat Example', /phone number/);

    for (const channelId of ['directline', 'webchat']) {
      const intruder = await post(
        app.url,
        message(visitor.conversationId, { channelId, from: { id: 'dl_attacker' }, text: '604 555 0199' }),
      );
      expect(intruder.text, channelId).not.toMatch(/Pat|e-mail address should/);
      if (channelId === 'directline') expect(intruder.status).toBe(403);
    }
    await say('604 555 0199', /e-mail address should/);
  });

  it.each([
    ['a path and query on a loopback port', (port: number) => `http://127.0.0.1:${port}/admin/run?cmd=reboot`],
    ['a hexadecimal loopback address', (port: number) => `http://0x7f.0.0.1:${port}/`],
    ['a decimal loopback address', (port: number) => `http://2130706433:${port}/`],
  ])('does not post replies to %s', async (_what, serviceUrl) => {
    const url = serviceUrl(Number(new URL(capture.serviceUrl).port));
    const res = await post(app.url, { ...message('c-service-url'), serviceUrl: url, deliveryMode: undefined });
    expect(res.status).toBe(400);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect([...capture.other, ...capture.replies.map((r) => r.conversationId)]).toEqual([]);
  });

  it('posts replies to a plainly spelled loopback serviceUrl (so the checks above can fail)', async () => {
    const conversation = new TestConversation(app.endpoint, { mode: 'post', capture });
    const turn = await conversation.send('what is IMS?');
    expect(turn.status).toBe(200);
    expect(turn.messages.length).toBeGreaterThan(0);
  });
});
