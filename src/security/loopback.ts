// What counts as "this machine" in the places where that decides who may do what: the address to
// listen on, the peer of a connection, the Host a request was sent to, and the serviceUrl a reply
// may be posted to without channel authentication. Only the plain spellings pass: the URL parser
// turns "0x7f.1", "2130706433" or "127.1" into 127.0.0.1, so checks read the text as written.

const LOOPBACK_IPV4 = /^127\.(?:\d{1,3}\.){2}\d{1,3}$/;

/** An address to listen on (HOST), or a peer address as clientAddress() normalises it. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase();
  return h === 'localhost' || h === '::1' || h === '[::1]' || LOOPBACK_IPV4.test(h);
}

/** A Host header naming this machine: localhost, 127.0.0.1 or [::1], with an optional port. */
const LOOPBACK_HOST_HEADER = /^(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/i;

export function isLoopbackHostHeader(host: string | undefined): boolean {
  return host !== undefined && LOOPBACK_HOST_HEADER.test(host);
}

/**
 * A serviceUrl on this machine in its one canonical spelling: http(s), lower-case localhost,
 * 127.0.0.1 or [::1], an optional port without leading zeros, and an optional path of plain
 * segments (the Agents Playground's is "/_connector"). No user info, query, fragment,
 * percent-escapes, backslashes or dot segments: the bot appends "/v3/conversations/..." to it,
 * and none of those could change where that lands.
 */
const CANONICAL_LOOPBACK_URL =
  /^https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::([1-9]\d{0,4}))?(?:\/(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/?)*)?$/;

export function isCanonicalLoopbackUrl(url: string): boolean {
  const match = CANONICAL_LOOPBACK_URL.exec(url);
  return match !== null && (match[1] === undefined || Number(match[1]) <= 65535);
}
