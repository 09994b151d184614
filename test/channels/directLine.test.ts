// The local Direct Line as Web Chat and an attacker see it: conversations bound to tokens,
// replies streamed over the WebSocket, refresh and expiry, limits, CORS.
import { afterEach, describe, expect, it } from 'vitest';
import { DirectLineClient, StreamReader, startHarness, type Harness } from './webChannelHarness.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function start(env: Record<string, string> = {}, extra: Parameters<typeof startHarness>[1] = {}) {
  harness = await startHarness(env, extra);
  return harness;
}

describe('local Direct Line: a conversation', () => {
  it('streams the welcome, the echo of the message and every reply of the turn over the WebSocket', async () => {
    const { url } = await start();
    const client = await new DirectLineClient(url).join();
    const stream = await StreamReader.open(client.streamUrl);

    const welcome = await stream.next((a) => a.type === 'message' && a.from?.role === 'bot');
    expect(welcome.text).toBe('Welcome! Ask me about IMS.');
    expect(welcome.suggestedActions?.actions.map((a) => a.title)).toEqual(['What is IMS?']);

    const posted = await client.say('hello there');
    expect(posted.status).toBe(200);
    const echo = await stream.next((a) => a.from?.role === 'user');
    expect(echo.id).toBe(posted.body.id);
    expect(echo.text).toBe('hello there');
    expect(echo.channelData).toEqual({ clientActivityID: 'client-hello there' });

    const first = await stream.next((a) => a.text === 'You said: hello there');
    const second = await stream.next((a) => a.text === 'Anything else?');
    expect(first.replyToId).toBe(echo.id);
    expect(second.from?.role).toBe('bot');
    // The page never learns the bot's secret loopback serviceUrl.
    expect(JSON.stringify(stream.activities)).not.toContain('directline-connector');
    expect(stream.activities.some((a) => a.type === 'typing')).toBe(true);
    stream.close();
  });

  it('forces the sender to the user id inside the token, whatever the page claims', async () => {
    const { url, bot } = await start();
    const client = await new DirectLineClient(url).join();
    const userId = JSON.parse(Buffer.from(client.token.split('.')[1]!, 'base64url').toString()).user as string;
    expect(userId).toMatch(/^dl_/);

    await client.say('who am I');
    const activities = await client.pollUntil((a) => a.text === 'You said: who am I');
    const echo = activities.find((a) => a.text === 'who am I');
    expect(echo?.from).toEqual({ id: userId, role: 'user' });
    const delivered = bot.seen.find((a) => a.text === 'who am I');
    expect(delivered?.from?.id).toBe(userId);
    expect(delivered?.channelId).toBe('directline');
  });

  it('serves polling clients with watermarks', async () => {
    const { url } = await start();
    const client = await new DirectLineClient(url).join();
    await client.say('one');
    const all = await client.pollUntil((a) => a.text === 'Anything else?');
    const { watermark } = await client.poll();
    expect(Number(watermark)).toBeGreaterThanOrEqual(all.length);
    const after = await client.poll(watermark);
    expect(after.activities).toEqual([]);
    expect(after.watermark).toBe(watermark);
  });

  it('resumes from a watermark on reconnect and delivers proactive messages to the open stream', async () => {
    const { url, bot, adapter } = await start();
    const client = await new DirectLineClient(url).join();
    await client.say('remember me');
    await client.pollUntil((a) => a.text === 'Anything else?');
    const { watermark } = await client.poll();

    const reconnect = await client.call('GET', `/v3/directline/conversations/${client.conversationId}?watermark=${watermark}`);
    expect(reconnect.status).toBe(200);
    const stream = await StreamReader.open(reconnect.body.streamUrl as string);

    const reference = bot.references.get(client.conversationId)!;
    await adapter.continueConversationAsync('', reference, async (context) => {
      await context.sendActivity('The clinic has your request.');
    });
    const proactive = await stream.next((a) => a.text === 'The clinic has your request.');
    expect(proactive.from?.role).toBe('bot');
    // Nothing from before the watermark was replayed.
    expect(stream.activities.map((a) => a.text)).toEqual(['The clinic has your request.']);
    stream.close();
  });
});

describe('local Direct Line: shutdown', () => {
  it('ends open chat streams when the HTTP server closes, so shutdown does not hang', async () => {
    const h = await start();
    const client = await new DirectLineClient(h.url).join();
    const stream = await StreamReader.open(client.streamUrl);
    const closed = new Promise<void>((resolve) => stream.socket.once('close', () => resolve()));
    // Plain http.Server#close(): it waits for every connection, upgraded ones included.
    await h.close();
    await closed;
    harness = undefined;
  });
});

describe('local Direct Line: tokens', () => {
  it('lets a token read and post only its own conversation', async () => {
    const { url } = await start();
    const alice = await new DirectLineClient(url).join();
    const mallory = await new DirectLineClient(url).join();
    await alice.say('my private question');
    await alice.pollUntil((a) => a.text === 'Anything else?');

    const path = `/v3/directline/conversations/${alice.conversationId}`;
    const attempts = [
      await mallory.call('GET', `${path}/activities`),
      await mallory.call('POST', `${path}/activities`, { type: 'message', text: 'injected' }),
      await mallory.call('GET', `${path}?watermark=`),
      await mallory.call('GET', `${path}/activities`, undefined, false),
      await mallory.call('GET', `${path}/activities`, undefined, true, `${alice.token.slice(0, -4)}AAAA`),
    ];
    expect(attempts.map((a) => a.status)).toEqual([403, 403, 403, 403, 403]);
    expect(JSON.stringify(attempts.map((a) => a.body))).not.toContain('my private question');

    // Mallory's stream token does not open Alice's stream either.
    const aliceStream = alice.streamUrl.split('?')[0];
    const malloryT = new URL(mallory.streamUrl).searchParams.get('t');
    await expect(StreamReader.open(`${aliceStream}?watermark=&t=${malloryT}`)).rejects.toThrow('403');
    // ...and a conversation token is not a stream token.
    await expect(StreamReader.open(`${aliceStream}?watermark=&t=${alice.token}`)).rejects.toThrow('403');
  });

  it('refreshes tokens, and refuses them once expired', async () => {
    const h = await start();
    const client = await new DirectLineClient(h.url).join();
    const original = client.token;

    h.advance(20 * 60_000);
    const refreshed = await client.call('POST', '/v3/directline/tokens/refresh');
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toMatchObject({ conversationId: client.conversationId, expires_in: 1800 });
    expect(refreshed.body.token).not.toBe(original);

    h.advance(15 * 60_000); // 35 minutes after the first token, 15 after the refresh
    const withOld = await client.call('GET', `/v3/directline/conversations/${client.conversationId}/activities`);
    expect(withOld.status).toBe(403);
    expect(JSON.stringify(withOld.body)).toContain('expired');
    expect((await client.call('POST', '/v3/directline/tokens/refresh')).status).toBe(403);

    client.token = refreshed.body.token as string;
    expect((await client.call('GET', `/v3/directline/conversations/${client.conversationId}/activities`)).status).toBe(200);
  });

  it('forgets the history of idle conversations; a still-valid token opens the conversation again, empty, without a second welcome', async () => {
    const h = await start();
    const client = await new DirectLineClient(h.url).join();
    await client.say('hello');
    await client.pollUntil((a) => a.text === 'Anything else?');
    for (const minutes of [25, 25]) {
      h.advance(minutes * 60_000);
      const refreshed = await client.call('POST', '/v3/directline/tokens/refresh');
      client.token = refreshed.body.token as string;
    }
    h.advance(11 * 60_000); // 61 idle minutes; the token from minute 50 is good until minute 80
    await new DirectLineClient(h.url).join(); // opening a conversation sweeps idle ones
    const result = await client.call('GET', `/v3/directline/conversations/${client.conversationId}/activities`);
    expect(result.status).toBe(200);
    expect(result.body.activities).toEqual([]);
    await client.say('still there?');
    await client.pollUntil((a) => a.text === 'You said: still there?');
    expect(h.bot.seen.filter((a) => a.conversation?.id === client.conversationId && a.type === 'conversationUpdate')).toHaveLength(1);
  });

  it('requires the Direct Line secret for /tokens/generate when one is configured', async () => {
    const { url } = await start({ DIRECT_LINE_SECRET: 'local-secret-for-tests' });
    const client = new DirectLineClient(url);
    expect((await client.call('POST', '/v3/directline/tokens/generate', {}, false)).status).toBe(403);
    const ok = await client.call('POST', '/v3/directline/tokens/generate', { user: { id: 'dl_chosen_by_page' } }, true, 'local-secret-for-tests');
    expect(ok.status).toBe(200);
    const user = JSON.parse(Buffer.from((ok.body.token as string).split('.')[1]!, 'base64url').toString()).user as string;
    expect(user).toMatch(/^dl_/);
    expect(user).not.toBe('dl_chosen_by_page');
  });
});

describe('local Direct Line: limits', () => {
  it('answers 429 with Retry-After when one conversation sends too many requests', async () => {
    const { url } = await start({ RATE_LIMIT_PER_MINUTE: '20' });
    const client = await new DirectLineClient(url).join();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 25; i++) {
      const result = await client.call('GET', `/v3/directline/conversations/${client.conversationId}/activities`);
      statuses.push(result.status);
      if (result.status === 429) retryAfter = result.headers.get('retry-after');
    }
    expect(statuses).toContain(429);
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });

  it('limits how many conversations one client address can open', async () => {
    const { url } = await start({ RATE_LIMIT_PER_MINUTE: '20' });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await new DirectLineClient(url).call('POST', '/api/directline/token', undefined, false)).status);
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses).toContain(429);
  });

  it.each([
    ['TRUST_PROXY=true: each forwarded client has its own budget', 'true', 200],
    ['TRUST_PROXY unset: a forwarded address is not believed, the connection is the client', 'false', 429],
  ])('%s', async (_case, trustProxy, secondClientStatus) => {
    const { url } = await start({ RATE_LIMIT_PER_MINUTE: '20', TRUST_PROXY: trustProxy });
    const open = (client: string) =>
      new DirectLineClient(url, { 'x-forwarded-for': client }).call('POST', '/api/directline/token', undefined, false);
    let first = 200;
    for (let i = 0; i < 6 && first === 200; i++) first = (await open('203.0.113.1')).status;
    expect(first).toBe(429);
    expect((await open('203.0.113.2')).status).toBe(secondClientStatus);
  });

  it('passes a message over MAX_MESSAGE_CHARS to the bot whole (it answers "too long"), keeping only its beginning in the log', async () => {
    const h = await start({ MAX_MESSAGE_CHARS: '100' });
    const client = await new DirectLineClient(h.url).join();
    const long = 'x'.repeat(150);
    expect((await client.say(long)).status).toBe(200);
    const activities = await client.pollUntil((a) => a.text === `You said: ${long}`);
    expect(activities.find((a) => a.from?.role === 'user')?.text).toBe(`${'x'.repeat(100)}…`);
  });

  it.each([
    ['a body over MAX_BODY_BYTES', { type: 'message', text: 'hi', value: { blob: 'y'.repeat(3000) } }, 413],
    ['an activity type users may not send', { type: 'conversationUpdate', membersAdded: [] }, 400],
    ['a message without text', { type: 'message' }, 400],
  ])('rejects %s', async (_case, body, status) => {
    const { url } = await start({ MAX_MESSAGE_CHARS: '100', MAX_BODY_BYTES: '2048' });
    const client = await new DirectLineClient(url).join();
    const result = await client.call('POST', `/v3/directline/conversations/${client.conversationId}/activities`, body);
    expect(result.status).toBe(status);
  });

  it('counts an IPv6 client per /64: new addresses in the same network share one budget for opening conversations', async () => {
    const { url } = await start({ RATE_LIMIT_PER_MINUTE: '20', TRUST_PROXY: 'true' });
    const open = (client: string) =>
      new DirectLineClient(url, { 'x-forwarded-for': client }).call('POST', '/api/directline/token', undefined, false);
    const statuses: number[] = [];
    for (let i = 1; i <= 6; i++) statuses.push((await open(`2001:db8:7:1::${i.toString(16)}`)).status);
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses).toContain(429);
    expect((await open('2001:db8:7:2::1')).status).toBe(200);
  });

  it('a flood of token requests from many addresses does not lock out the next visitor or end a chat in use', async () => {
    const { url } = await start({ RATE_LIMIT_PER_MINUTE: '600', TRUST_PROXY: 'true' }, { conversationLimits: { maxConversations: 40, maxPerClient: 5 } });
    const visitor = await new DirectLineClient(url, { 'x-forwarded-for': '198.51.100.1' }).join();
    await visitor.say('hello');
    await visitor.pollUntil((a) => a.text === 'Anything else?');
    // 300 conversations opened from 60 addresses, never written in: many times what the store holds.
    const flood: number[] = [];
    for (let i = 0; i < 300; i++) {
      const address = `203.0.113.${i % 60}`;
      flood.push((await new DirectLineClient(url, { 'x-forwarded-for': address }).call('POST', '/api/directline/token', undefined, false)).status);
    }
    expect(flood.every((status) => status === 200)).toBe(true);
    const next = await new DirectLineClient(url, { 'x-forwarded-for': '198.51.100.2' }).join();
    expect((await next.say('hi')).status).toBe(200);
    await visitor.say('still there?');
    const activities = await visitor.pollUntil((a) => a.text === 'You said: still there?');
    expect(activities.some((a) => a.text === 'hello')).toBe(true);
  });

  it('one client cannot hold more than its share of conversations in use', async () => {
    const { url } = await start({ RATE_LIMIT_PER_MINUTE: '600' }, { conversationLimits: { maxConversations: 40, maxPerClient: 3 } });
    for (let i = 0; i < 3; i++) await (await new DirectLineClient(url).join()).say('in use');
    const refused = await new DirectLineClient(url).call('POST', '/api/directline/token', undefined, false);
    expect(refused.status).toBe(429);
    expect(JSON.stringify(refused.body)).toMatch(/too many chats/i);
  });

  it('keeps the bot-side connector closed to anyone without the secret path', async () => {
    const { url } = await start();
    const client = await new DirectLineClient(url).join();
    const forged = await client.call('POST', `/directline-connector/guess/v3/conversations/${client.conversationId}/activities`, {
      type: 'message',
      text: 'Your booking is cancelled, call 555-0000',
    });
    expect(forged.status).toBe(404);
  });
});

describe('local Direct Line: CORS', () => {
  const allowed = 'https://www.nordelphysio.example';

  it.each([
    ['no Origin (not a browser)', undefined, 200],
    ['the same origin', 'SELF', 200],
    ['an allowed clinic site', allowed, 200],
    ['any other site', 'https://evil.example', 403],
    ['an opaque origin', 'null', 403],
  ])('token endpoint from %s', async (_case, origin, status) => {
    const { url } = await start({ ALLOWED_ORIGINS: allowed });
    const headers: Record<string, string> = origin ? { Origin: origin === 'SELF' ? url : origin } : {};
    const result = await new DirectLineClient(url, headers).call('POST', '/api/directline/token', undefined, false);
    expect(result.status).toBe(status);
    if (status === 200 && origin) expect(result.headers.get('access-control-allow-origin')).toBe(headers.Origin);
    if (status === 403) expect(result.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers preflights only for allowed origins', async () => {
    const { url } = await start({ ALLOWED_ORIGINS: allowed });
    const preflight = (origin: string) =>
      fetch(`${url}/v3/directline/conversations`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization' },
      });
    const ok = await preflight(allowed);
    expect(ok.status).toBe(204);
    // What DirectLineJS sends cross-origin: its own agent header and RxJS's X-Requested-With.
    for (const header of ['Authorization', 'Content-Type', 'x-ms-bot-agent', 'X-Requested-With']) {
      expect(ok.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(header.toLowerCase());
    }
    expect((await preflight('https://evil.example')).status).toBe(403);
  });

  it('refuses the WebSocket stream from another site', async () => {
    const { url } = await start({ ALLOWED_ORIGINS: allowed });
    const client = await new DirectLineClient(url).join();
    await expect(StreamReader.open(client.streamUrl, { Origin: 'https://evil.example' })).rejects.toThrow('403');
    const fromClinic = await StreamReader.open(client.streamUrl, { Origin: allowed });
    fromClinic.close();
  });
});
