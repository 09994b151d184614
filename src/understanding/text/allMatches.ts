// Every match of a pattern in a text, without copying the pattern per call (the reading runs hundreds of
// patterns on every message, and most find nothing).

/** The global twin of each pattern, made once (the detail readers run their patterns on every booking answer). */
const globalTwins = new WeakMap<RegExp, RegExp>();

/** The pattern itself if global, otherwise its global copy, made once. */
export function globalTwin(pattern: RegExp): RegExp {
  if (pattern.global) return pattern;
  let twin = globalTwins.get(pattern);
  if (!twin) {
    twin = new RegExp(pattern.source, `${pattern.flags}g`);
    globalTwins.set(pattern, twin);
  }
  return twin;
}

/**
 * Every match of a pattern, with positions, as `matchAll` finds them. A loop of `exec` on one kept global pattern:
 * `matchAll` copies the pattern on every call, and most patterns find nothing in most messages.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const global = globalTwin(pattern);
  const found: RegExpExecArray[] = [];
  global.lastIndex = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    found.push(m);
    // An empty match moves on by one character (one code point under the u flag), as matchAll does.
    if (!m[0]) global.lastIndex += global.unicode && (text.codePointAt(global.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return found;
}
