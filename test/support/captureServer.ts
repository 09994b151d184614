// Stands in for a channel's serviceUrl (Bot Connector API v3 subset) on 127.0.0.1, so replies
// the bot POSTs in the ordinary delivery mode are captured locally and never reach Microsoft.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';

export interface CapturedReply {
  conversationId: string;
  replyToId?: string;
  activity: Partial<Activity>;
}

export interface CaptureServer {
  serviceUrl: string;
  /** Every activity the bot sent, oldest first. */
  replies: CapturedReply[];
  /** Activities sent to one conversation. */
  repliesTo(conversationId: string): Partial<Activity>[];
  /** Requests that were not a reply (method + path), for asserting that nothing else was called. */
  other: string[];
  close(): Promise<void>;
}

function readJson(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'));
      } catch {
        resolve(null);
      }
    });
  });
}

export async function startCaptureServer(): Promise<CaptureServer> {
  const replies: CapturedReply[] = [];
  const other: string[] = [];
  let seq = 0;
  const server = http.createServer(async (req, res) => {
    const body = await readJson(req);
    const parts = new URL(req.url ?? '/', 'http://x').pathname.split('/').filter(Boolean).map(decodeURIComponent);
    // v3/conversations/{conversationId}/activities[/{replyToId}]
    if (req.method === 'POST' && parts[0] === 'v3' && parts[1] === 'conversations' && parts[3] === 'activities' && parts[2]) {
      const id = `reply-${++seq}`;
      replies.push({ conversationId: parts[2], replyToId: parts[4], activity: { ...(body as Partial<Activity>), id } });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id }));
      return;
    }
    other.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    replies,
    other,
    repliesTo: (conversationId) => replies.filter((r) => r.conversationId === conversationId).map((r) => r.activity),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
