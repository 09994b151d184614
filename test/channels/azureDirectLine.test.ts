// DIRECT_LINE=azure: the bot exchanges its secret for a conversation token with Direct Line
// (here a local fake at DIRECT_LINE_ENDPOINT) and the page talks to that service directly.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { DirectLineClient, startHarness, type Harness } from './webChannelHarness.js';

const SECRET = 'azure-direct-line-secret-for-tests';

interface FakeDirectLine {
  endpoint: string;
  requests: { path: string; authorization?: string; body: { user?: { id?: string } } }[];
  close(): Promise<void>;
}

async function startFakeDirectLine(status = 200): Promise<FakeDirectLine> {
  const requests: FakeDirectLine['requests'] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as FakeDirectLine['requests'][number]['body'];
      requests.push({ path: req.url ?? '', authorization: req.headers.authorization, body });
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(status === 200 ? JSON.stringify({ conversationId: 'AzureConv-1', token: 'azure-token-abc', expires_in: 3600 }) : '{"error":{"code":"BadArgument"}}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let harness: Harness | undefined;
let fake: FakeDirectLine | undefined;
afterEach(async () => {
  await harness?.close();
  await fake?.close();
  harness = undefined;
  fake = undefined;
});

describe('Azure Direct Line mode', () => {
  it('hands the page an Azure token for a server-chosen user, never the secret', async () => {
    fake = await startFakeDirectLine();
    harness = await startHarness({ DIRECT_LINE: 'azure', DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: fake.endpoint });
    const result = await new DirectLineClient(harness.url).call('POST', '/api/directline/token', undefined, false);

    expect(result.status).toBe(200);
    expect(result.body).toEqual({ token: 'azure-token-abc', conversationId: 'AzureConv-1', expires_in: 3600 });
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({ path: '/v3/directline/tokens/generate', authorization: `Bearer ${SECRET}` });
    expect(fake.requests[0]!.body.user?.id).toMatch(/^dl_[\w-]{8,}$/);

    const config = (await (await fetch(`${harness.url}/webchat/config.json`)).json()) as { directLineDomain: string };
    expect(config.directLineDomain).toBe(`${fake.endpoint}/v3/directline`);
    const page = await fetch(`${harness.url}/`);
    expect(page.headers.get('content-security-policy')).toContain(fake.endpoint);
    expect(JSON.stringify(config) + (await page.text())).not.toContain(SECRET);
  });

  it('gives each visitor a different user id', async () => {
    fake = await startFakeDirectLine();
    harness = await startHarness({ DIRECT_LINE: 'azure', DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: fake.endpoint });
    for (let i = 0; i < 2; i++) await new DirectLineClient(harness.url).call('POST', '/api/directline/token', undefined, false);
    const ids = fake.requests.map((r) => r.body.user?.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('answers 502 without details when Azure refuses the secret', async () => {
    fake = await startFakeDirectLine(403);
    harness = await startHarness({ DIRECT_LINE: 'azure', DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: fake.endpoint });
    const result = await new DirectLineClient(harness.url).call('POST', '/api/directline/token', undefined, false);
    expect(result.status).toBe(502);
    expect(JSON.stringify(result.body)).not.toContain(SECRET);
  });

  it('does not run the local Direct Line', async () => {
    fake = await startFakeDirectLine();
    harness = await startHarness({ DIRECT_LINE: 'azure', DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: fake.endpoint });
    const result = await new DirectLineClient(harness.url).call('POST', '/v3/directline/tokens/generate', {}, false);
    expect(result.status).toBe(404);
  });
});
