// A Web Chat-shaped conversation over POST /api/messages, as Direct Line would send it, with
// deliveryMode "expectReplies": the bot's replies come back in the HTTP response, so one request
// is one whole turn. The serviceUrl points at a local sink that accepts anything, in case a bot
// posts outside the response.
import { Buffer } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { HOST } from './processes.mjs';

/** A local "channel service" that answers every request 200 and counts them. */
export async function startServiceSink() {
  let requests = 0;
  const server = http.createServer((req, res) => {
    requests++;
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"sink"}');
    });
  });
  await new Promise((resolve) => server.listen(0, HOST, resolve));
  return {
    url: `http://${HOST}:${server.address().port}/`,
    requests: () => requests,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}

/** POST a JSON body; resolves { status, body }. */
function postJson(url, payload, agent, timeoutMs) {
  return new Promise((resolve, reject) => {
    const data = Buffer.from(JSON.stringify(payload));
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': data.length } },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body = null;
          try {
            body = text ? JSON.parse(text) : null;
          } catch {
            body = null;
          }
          resolve({ status: res.statusCode ?? 0, body });
        });
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(data);
  });
}

export class Conversation {
  constructor({ endpoint, serviceUrl, agent, timeoutMs = 10_000 }) {
    this.endpoint = endpoint;
    this.serviceUrl = serviceUrl;
    this.agent = agent;
    this.timeoutMs = timeoutMs;
    const id = randomUUID().replace(/-/g, '');
    this.user = { id: `dl_${id.slice(0, 12)}`, name: 'Bench User', role: 'user' };
    this.bot = { id: 'bench-bot', name: 'Bot', role: 'bot' };
    this.conversation = { id: `${id.slice(12)}-us` };
  }

  /** Sends one message; resolves { ok, status, latencyMs, replies }. */
  async send(text) {
    const now = new Date().toISOString();
    const activity = {
      type: 'message',
      id: randomUUID(),
      timestamp: now,
      channelId: 'webchat',
      serviceUrl: this.serviceUrl,
      from: this.user,
      recipient: this.bot,
      conversation: this.conversation,
      locale: 'en-US',
      text,
      textFormat: 'plain',
      deliveryMode: 'expectReplies',
      entities: [{ type: 'ClientCapabilities', requiresBotState: true, supportsListening: true, supportsTts: true }],
    };
    const t0 = performance.now();
    const res = await postJson(this.endpoint, activity, this.agent, this.timeoutMs);
    const latencyMs = performance.now() - t0;
    const replies = Array.isArray(res.body?.activities) ? res.body.activities.filter((a) => a.type === 'message') : [];
    return { ok: res.status >= 200 && res.status < 300, status: res.status, latencyMs, replies };
  }
}
