// Reads corpus.yaml and turns each case into the exact bytes and headers to send, and judges
// what came back. The format is described at the top of corpus.yaml.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod-v4';

const caseSchema = z
  .object({
    name: z.string().min(1),
    activity: z.record(z.string(), z.unknown()).optional(),
    raw: z.union([z.string(), z.array(z.string())]).optional(),
    rawHex: z.string().optional(),
    wire: z.union([z.string(), z.array(z.string())]).optional(),
    contentType: z.string().optional(),
    headers: z.record(z.string(), z.string()).optional(),
    concurrent: z.number().int().min(2).max(50).optional(),
    expect: z.enum(['reject', 'reply', 'silent', 'any']),
    replyMatches: z.string().optional(),
    replyLacks: z.array(z.string()).optional(),
  })
  .strict()
  .refine((c) => [c.activity, c.raw, c.rawHex, c.wire].filter((b) => b !== undefined).length === 1, 'exactly one of activity, raw, rawHex, wire')
  .refine((c) => c.wire === undefined || (c.contentType === undefined && c.headers === undefined), 'a wire case writes its own headers');

export type CorpusCase = z.infer<typeof caseSchema>;

export function loadCorpus(file = fileURLToPath(new URL('./corpus.yaml', import.meta.url))): CorpusCase[] {
  const cases = z.object({ cases: z.array(caseSchema) }).parse(parse(readFileSync(file, 'utf8'))).cases;
  const names = new Set<string>();
  for (const c of cases) {
    if (names.has(c.name)) throw new Error(`duplicate corpus case name: ${c.name}`);
    names.add(c.name);
  }
  return cases;
}

/** JSON text produced without JSON.stringify (too deep or too big to build as objects). */
class RawJson {
  constructor(readonly text: string) {}
}

const OMIT = '$omit';

function expandString(value: string): string {
  const repeat = /^\$repeat:(\d+):([\s\S]*)$/.exec(value);
  return repeat ? repeat[2]!.repeat(Number(repeat[1])) : value;
}

function expand(value: unknown): unknown {
  if (typeof value === 'string') {
    const nest = /^\$nest:(\d+)$/.exec(value);
    if (nest) return new RawJson('['.repeat(Number(nest[1])) + ']'.repeat(Number(nest[1])));
    const array = /^\$array:(\d+):([\s\S]*)$/.exec(value);
    if (array) return new RawJson(`[${Array(Number(array[1])).fill(array[2]).join(',')}]`);
    return expandString(value);
  }
  if (Array.isArray(value)) return value.map(expand);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expand(v)]));
  return value;
}

function serialise(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => (v instanceof RawJson ? `\u0000raw${raws.push(v.text) - 1}\u0000` : v));
  return text.replace(/"\\u0000raw(\d+)\\u0000"/g, (_m, i: string) => raws[Number(i)]!);
}

export interface Target {
  serviceUrl: string;
  conversationId: string;
  botId: string;
}

/** A valid Web Chat message in its own conversation; cases change it. */
export function baseActivity(target: Target): Record<string, unknown> {
  return {
    type: 'message',
    id: `act-${target.conversationId}`,
    timestamp: new Date().toISOString(),
    channelId: 'webchat',
    serviceUrl: target.serviceUrl,
    from: { id: `user-${target.conversationId}`, name: 'Corpus Tester' },
    recipient: { id: target.botId, name: 'IMS Helper' },
    conversation: { id: target.conversationId },
    locale: 'en-US',
    deliveryMode: 'expectReplies',
    textFormat: 'plain',
    text: 'hello',
  };
}

export interface BuiltRequest {
  body: Buffer;
  headers: Record<string, string>;
  /** The whole request as bytes on the connection (wire cases), sent instead of body and headers. */
  wire?: Buffer;
}

/** A wire case's bytes: $body is the base activity as JSON, $length its size in bytes, $host this server. */
function buildWire(pieces: string | string[], target: Target, host: string): Buffer {
  const body = serialise(baseActivity(target));
  const text = (Array.isArray(pieces) ? pieces : [pieces])
    .map(expandString)
    .join('')
    .replace(/\$length/g, String(Buffer.byteLength(body)))
    .replace(/\$host/g, host)
    .replace(/\$body/g, body);
  return Buffer.from(text, 'latin1');
}

export function buildRequest(c: CorpusCase, target: Target, host = '127.0.0.1'): BuiltRequest {
  const base = baseActivity(target);
  if (c.wire !== undefined) return { body: Buffer.alloc(0), headers: {}, wire: buildWire(c.wire, target, host) };
  let body: Buffer;
  if (c.activity) {
    const activity: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(c.activity)) {
      if (value === OMIT) delete activity[key];
      else activity[key] = expand(value);
    }
    body = Buffer.from(serialise(activity), 'utf8');
  } else if (c.raw !== undefined) {
    const pieces = Array.isArray(c.raw) ? c.raw : [c.raw];
    const open = serialise(base).slice(0, -1);
    body = Buffer.from(pieces.map((p) => (p === '$base' ? open : expandString(p))).join(''), 'utf8');
  } else {
    body = Buffer.from(c.rawHex!.replace(/\s+/g, ''), 'hex');
  }
  const headers: Record<string, string> = { ...(c.headers ?? {}) };
  const contentType = c.contentType ?? 'application/json';
  if (contentType !== OMIT) headers['content-type'] = contentType;
  return { body, headers };
}

export interface RawResponse {
  status: number;
  text: string;
}

/**
 * The first final response in raw bytes from a connection (1xx interim responses skipped), or
 * status 0 when the server closed the connection without one.
 */
export function parseRawResponse(raw: Buffer): RawResponse {
  let rest = raw.toString('latin1');
  for (;;) {
    const headEnd = rest.indexOf('\r\n\r\n');
    const status = /^HTTP\/1\.[01] (\d{3})/.exec(rest);
    if (!status || headEnd < 0) return { status: 0, text: '' };
    const head = rest.slice(0, headEnd);
    rest = rest.slice(headEnd + 4);
    if (status[1]!.startsWith('1')) continue;
    let body = rest;
    const length = /^content-length:\s*(\d+)/im.exec(head);
    if (length) body = rest.slice(0, Number(length[1]));
    else if (/^transfer-encoding:\s*chunked/im.test(head)) {
      body = '';
      for (let at = 0; ; ) {
        const lineEnd = rest.indexOf('\r\n', at);
        const size = parseInt(rest.slice(at, lineEnd), 16);
        if (!(size > 0)) break;
        body += rest.slice(lineEnd + 2, lineEnd + 2 + size);
        at = lineEnd + 2 + size + 2;
      }
    }
    return { status: Number(status[1]), text: Buffer.from(body, 'latin1').toString('utf8') };
  }
}

/** Writes exact bytes on a new connection and reads until the server closes it (or 15 s pass). */
function sendWire(endpoint: string, wire: Buffer): Promise<RawResponse> {
  return new Promise((resolve) => {
    const { hostname, port } = new URL(endpoint);
    const socket = net.connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(parseRawResponse(Buffer.concat(chunks)));
    };
    // Enough for any answer of this bot; a server that keeps the connection open after answering is fine too.
    const timer = setTimeout(finish, 15_000);
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      if (complete(Buffer.concat(chunks))) finish();
    });
    socket.on('error', finish);
    socket.on('close', finish);
    socket.write(wire);
  });
}

/** Whether the first final response in `raw` has all of its body. */
function complete(raw: Buffer): boolean {
  const text = raw.toString('latin1');
  let at = 0;
  for (;;) {
    const headEnd = text.indexOf('\r\n\r\n', at);
    if (headEnd < 0) return false;
    const head = text.slice(at, headEnd);
    if (/^HTTP\/1\.[01] 1\d\d/.test(head)) {
      at = headEnd + 4;
      continue;
    }
    const length = /^content-length:\s*(\d+)/im.exec(head);
    if (length) return Buffer.byteLength(text.slice(headEnd + 4), 'latin1') >= Number(length[1]);
    if (/^transfer-encoding:\s*chunked/im.test(head)) return text.includes('\r\n0\r\n\r\n', headEnd);
    return false;
  }
}

/** POSTs exact bytes (fetch would add or change headers). A response that comes before the body is fully sent still counts. */
export function send(endpoint: string, request: BuiltRequest): Promise<RawResponse> {
  if (request.wire) return sendWire(endpoint, request.wire);
  return new Promise((resolve, reject) => {
    const req = http.request(endpoint, {
      method: 'POST',
      headers: { ...request.headers, 'content-length': String(request.body.length) },
    });
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    req.end(request.body);
  });
}

// What must never reach a client: stack frames, file paths, raw error class names.
const LEAKS: [string, RegExp][] = [
  ['a stack frame', /\n\s*at \S|\bat (?:async )?[\w.$<>]+ \(.*:\d+:\d+\)/],
  ['a repository path', /\/work\/|node_modules|[A-Za-z]:\\\\/],
  ['an error name', /\b\w*Error:/],
  ['a source file', /\.(?:ts|js):\d+/],
];

export function leaksIn(text: string): string[] {
  return LEAKS.filter(([, pattern]) => pattern.test(text)).map(([what]) => what);
}
