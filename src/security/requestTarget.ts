// The first check of every request, before restify or anything else parses its URL: a Host header
// and a request target that make a URL. restify builds `new URL('http://' + host + url)` inside its
// router and our own handlers do the same; a Host such as "a b", "localhost:99999" or "[x" makes
// that throw outside any handler, and one such request would end the process. Such requests get a
// 400 and the connection is closed.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

/** RFC 9110 Host: an IP literal, an IPv4 address or a registered name, then an optional port. */
const HOST = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._~-]+)(?::(\d{1,5}))?$/;

/** More than one Host line: RFC 9112 says 400, and Node would quietly keep the first. */
function hasSeveralHosts(rawHeaders: string[] | undefined): boolean {
  let hosts = 0;
  for (let i = 0; rawHeaders && i < rawHeaders.length; i += 2) if (rawHeaders[i]!.length === 4 && rawHeaders[i]!.toLowerCase() === 'host') hosts++;
  return hosts > 1;
}

/** Whether the Host header (absent: fine, HTTP/1.0; at most one) and the request target make one valid URL. */
export function isWellFormedTarget(req: Pick<IncomingMessage, 'url' | 'headers'> & { rawHeaders?: string[] }): boolean {
  const host = req.headers.host;
  const target = req.url ?? '';
  if (hasSeveralHosts(req.rawHeaders)) return false;
  if (host !== undefined) {
    const match = HOST.exec(host);
    if (!match || (match[1] !== undefined && Number(match[1]) > 65535)) return false;
  }
  // origin-form ("/path?query"), asterisk-form ("OPTIONS *") or absolute-form ("http://host/path").
  if (!(target.startsWith('/') || target === '*' || /^https?:\/\//i.test(target))) return false;
  try {
    const base = `http://${host ?? 'localhost'}`;
    void (target.startsWith('/') ? new URL(base + target) : new URL(target, base));
    return true;
  } catch {
    return false;
  }
}

const BODY = JSON.stringify({ code: 'BadRequest', message: 'The request has a malformed Host header or request target.' });

function rejectRequest(res: ServerResponse): void {
  res.shouldKeepAlive = false;
  res.writeHead(400, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(BODY), Connection: 'close' });
  res.end(BODY);
}

function rejectUpgrade(socket: Duplex): void {
  socket.end(`HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(BODY)}\r\n\r\n${BODY}`);
}

/**
 * Puts the check in front of every 'request' and 'upgrade' listener, present and future (the local
 * Direct Line adds its WebSocket listener after the server is built): the server's own event
 * dispatch is the one place every request passes through.
 */
export function guardRequestTargets(server: Server): void {
  const emit = server.emit.bind(server) as (event: string | symbol, ...args: unknown[]) => boolean;
  server.emit = ((event: string | symbol, ...args: unknown[]) => {
    if (event === 'request' || event === 'upgrade') {
      const req = args[0] as IncomingMessage;
      if (!isWellFormedTarget(req)) {
        if (event === 'request') rejectRequest(args[1] as ServerResponse);
        else rejectUpgrade(args[1] as Duplex);
        return true;
      }
    }
    return emit(event, ...args);
  }) as Server['emit'];
}
