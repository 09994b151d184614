// Text a person typed is echoed back inside replies that Web Chat, Teams and the Emulator render
// as Markdown (Teams partly as HTML). Escaping keeps "*John*", "[x](http://...)" or "<b>" from
// turning into formatting, links or markup. Clinic-authored text (the knowledge base) is not escaped.

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|~]/g;
const HTML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Escapes user-provided text for display in a Markdown/HTML-rendered message, on one line. */
export function escapeUserText(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(MARKDOWN_SPECIAL, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => HTML_SPECIAL[c] ?? c);
}
