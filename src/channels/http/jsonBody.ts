// Reads a JSON request body with a byte limit. Works whether or not the server installed
// restify's bodyParser before these routes (then the parsed body is reused, size re-checked).
import type { IncomingMessage } from 'node:http';
import { HttpError } from './httpResponses.js';

type MaybeParsed = IncomingMessage & { body?: unknown; _body?: unknown };

export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw new HttpError(413, `Request body is larger than ${maxBytes} bytes.`);

  const parsed = (req as MaybeParsed).body;
  if (parsed !== undefined) {
    const raw = typeof parsed === 'string' || Buffer.isBuffer(parsed) ? parsed.toString() : JSON.stringify(parsed);
    if (Buffer.byteLength(raw) > maxBytes) throw new HttpError(413, `Request body is larger than ${maxBytes} bytes.`);
    return typeof parsed === 'string' || Buffer.isBuffer(parsed) ? parseJson(raw) : parsed;
  }
  if (req.readableEnded) return undefined;

  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      req.resume();
      throw new HttpError(413, `Request body is larger than ${maxBytes} bytes.`);
    }
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return undefined;
  return parseJson(Buffer.concat(chunks).toString('utf8'));
}

function parseJson(text: string): unknown {
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'Request body is not valid JSON.');
  }
}
