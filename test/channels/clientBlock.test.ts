// Per-client budgets count an IPv6 client per /64 (issue 10): one connection has a whole /64.
import { describe, expect, it } from 'vitest';
import { clientBlock } from '../../src/channels/http/clientBlock.js';

describe('the client a budget is counted on', () => {
  it.each([
    ['an IPv4 address', '203.0.113.7', '203.0.113.7'],
    ['a full IPv6 address', '2001:0db8:0001:0002:000a:000b:000c:000d', '2001:db8:1:2::/64'],
    ['a compressed IPv6 address', '2001:db8:1:2::9', '2001:db8:1:2::/64'],
    ['another address of the same /64', '2001:db8:1:2:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['an address compressed inside the first half', '2001:db8::1', '2001:db8:0:0::/64'],
    ['loopback', '::1', '0:0:0:0::/64'],
    ['a link-local address with a zone', 'fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['an embedded IPv4 tail', '64:ff9b::203.0.113.7', '64:ff9b:0:0::/64'],
    ['something else', 'unknown', 'unknown'],
  ])('%s', (_what, address, block) => {
    expect(clientBlock(address)).toBe(block);
  });
});
