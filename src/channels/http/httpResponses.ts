// Small response helpers for the channel routes: JSON bodies written directly (no restify
// formatter surprises) and one error type that carries its HTTP status.
import type { ServerResponse } from 'node:http';

export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** Direct Line error body shape ({ error: { code, message } }), which DirectLineJS ignores but people read. */
export function sendError(res: ServerResponse, error: unknown): HttpError | undefined {
  if (res.headersSent) return undefined;
  if (error instanceof HttpError) {
    sendJson(res, error.status, { error: { code: codeFor(error.status), message: error.message } }, error.headers);
    return error;
  }
  sendJson(res, 500, { error: { code: 'ServiceError', message: 'Something went wrong.' } });
  return undefined;
}

function codeFor(status: number): string {
  switch (status) {
    case 400:
      return 'BadArgument';
    case 401:
    case 403:
      return 'TokenOrSecretInvalid';
    case 404:
      return 'NotFound';
    case 413:
      return 'MessageSizeTooBig';
    case 429:
      return 'TooManyRequests';
    default:
      return 'ServiceError';
  }
}
