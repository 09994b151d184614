// A cap on the connections one client may hold open at once. Without it one address can open
// thousands of idle or trickling connections and use up the process's file descriptors before any
// request limit sees a request. Counted per peer address (an IPv6 client per /64, the block one
// subscriber usually gets); a connection over the cap gets a 503 and is closed at once.
// Behind a trusted reverse proxy (TRUST_PROXY) every connection comes from the proxy, so the cap is
// the proxy's job there and is not applied.
import type { Server } from 'node:http';
import net, { type Socket } from 'node:net';

const REFUSAL = 'HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 10\r\nContent-Length: 0\r\n\r\n';

/** The group an address is counted in: an IPv4 address itself, an IPv6 address's /64. */
export function addressGroup(address: string): string {
  let a = address.toLowerCase().split('%')[0]!;
  if (a.startsWith('::ffff:') && net.isIPv4(a.slice(7))) a = a.slice(7);
  if (!net.isIPv6(a)) return a;
  const [head = '', tail] = a.split('::');
  const front = head ? head.split(':') : [];
  const back = tail ? tail.split(':') : [];
  const groups = tail === undefined ? front : [...front, ...Array<string>(Math.max(0, 8 - front.length - back.length)).fill('0'), ...back];
  return `${groups.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`;
}

/**
 * Counts connections as the server's 'connection' event is dispatched: a refused one never reaches
 * Node's HTTP listener (no parser, no request), which a listener of our own could not prevent.
 */
export function limitConnectionsPerAddress(server: Server, maxPerAddress: number): void {
  if (maxPerAddress <= 0) return;
  const open = new Map<string, number>();
  const emit = server.emit.bind(server) as (event: string | symbol, ...args: unknown[]) => boolean;
  server.emit = ((event: string | symbol, ...args: unknown[]) => {
    if (event !== 'connection') return emit(event, ...args);
    const socket = args[0] as Socket;
    const group = addressGroup(socket.remoteAddress ?? 'unknown');
    const count = open.get(group) ?? 0;
    if (count >= maxPerAddress) {
      socket.on('error', () => undefined);
      socket.end(REFUSAL, () => socket.destroy());
      return true;
    }
    open.set(group, count + 1);
    socket.once('close', () => {
      const left = (open.get(group) ?? 1) - 1;
      if (left > 0) open.set(group, left);
      else open.delete(group);
    });
    return emit(event, ...args);
  }) as Server['emit'];
}
