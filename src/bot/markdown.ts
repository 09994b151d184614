// Text a person typed is echoed back inside replies that Web Chat, Teams and the Emulator render
// as Markdown (Teams partly as HTML). Escaping keeps "*John*", "[x](http://...)" or "<b>" from
// turning into formatting, links or markup. Clinic-authored text (the knowledge base) is not escaped.
//
// Web addresses and e-mail addresses the person typed are the exception: Web Chat turns them into
// links itself (markdown-it's linkify), and a backslash inside one cut the link short
// ("http://127" of "http://127.0.0.1/"). They are found the way Web Chat finds them (linkify-it,
// the library markdown-it uses) and left as typed; only the few characters that could still start
// Markdown or HTML inside them are percent-encoded, which leaves the address the same. Right after
// a link, closing punctuation (") . , ;" ... and "*") stays as typed: Web Chat's link finder ends
// the link before it, as it did in the typed text, whereas a backslash there would become part of
// the link; there it cannot start formatting (a "*" after a link can close emphasis, never open it,
// and nothing else is left to close).
import { createRequire } from 'node:module';

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|~]/g;
const HTML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

interface LinkMatch {
  index: number;
  lastIndex: number;
}
interface Linkify {
  match(text: string): LinkMatch[] | null;
}

// Loaded on first use: only replies that echo typed text need it, and start-up stays as fast.
let linkify: Linkify | undefined;
function linksIn(text: string): LinkMatch[] {
  if (!linkify) {
    const LinkifyIt = createRequire(import.meta.url)('linkify-it') as new () => Linkify;
    linkify = new LinkifyIt();
  }
  return linkify.match(text) ?? [];
}

function escapePlain(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`).replace(/[&<>]/g, (c) => HTML_SPECIAL[c] ?? c);
}

/** Punctuation that ends a link and does nothing in Markdown where it stands (mid-line, after a link). */
const CLOSING_PUNCTUATION = /^[).,;:!?'"*-]+/;

const percent = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * A link as typed, minus what Markdown or HTML would still act on inside it: backslash escapes,
 * code spans, emphasis (an underscore between letters never is), "~~", brackets, attribute braces,
 * tags and character references.
 */
function keepLink(link: string): string {
  return link
    .replace(/[\\`*[\]{}<>]|~~|&(?=#?\w+;)/g, (found) => [...found].map(percent).join(''))
    .replace(/_/g, (underscore, at: number, whole: string) =>
      /[\p{L}\p{N}]/u.test(whole[at - 1] ?? '') && /[\p{L}\p{N}]/u.test(whole[at + 1] ?? '') ? underscore : percent(underscore),
    );
}

/** Escapes user-provided text for display in a Markdown/HTML-rendered message, on one line. */
export function escapeUserText(text: string): string {
  const flat = text.replace(/\s*[\r\n]+\s*/g, ' ');
  let escaped = '';
  let done = 0;
  for (const link of linksIn(flat)) {
    // Like markdown-it: a trailing "*" is emphasis, not part of the link.
    const end = link.index + flat.slice(link.index, link.lastIndex).replace(/\*+$/, '').length;
    if (end <= done) continue;
    escaped += escapePlain(flat.slice(done, link.index)) + keepLink(flat.slice(link.index, end));
    const closing = CLOSING_PUNCTUATION.exec(flat.slice(end))?.[0] ?? '';
    escaped += closing;
    done = end + closing.length;
  }
  return escaped + escapePlain(flat.slice(done));
}
