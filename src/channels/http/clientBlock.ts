// What one client's budget is counted on: an IPv4 address, or the /64 network of an IPv6 address.
// One home or phone connection is given a whole IPv6 /64 and may use any address in it, so
// counting single IPv6 addresses would give one person billions of separate budgets.
import { isIPv6 } from 'node:net';

/** "203.0.113.7" -> itself; "2001:db8:1:2:a:b:c:d" -> "2001:db8:1:2::/64". Anything else is returned as it is. */
export function clientBlock(address: string): string {
  const bare = address.split('%')[0] ?? address; // a zone id (fe80::1%eth0) is not part of the address
  if (!isIPv6(bare)) return address;
  const [head = '', tail] = bare.split('::');
  const groupsOf = (part: string) => (part ? part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g])) : []);
  const front = groupsOf(head);
  const back = tail === undefined ? [] : groupsOf(tail);
  const groups = [...front, ...Array<string>(Math.max(0, 8 - front.length - back.length)).fill('0'), ...back];
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}
