// HTML built from templates where every interpolated value is escaped unless it is already Html
// (the result of another html`` or of raw() for a constant). Text typed by the public (names,
// reasons) can therefore never become markup on the staff page.
import { escapeHtml } from '../escapeHtml.js';

export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}


type Value = Html | string | number | boolean | null | undefined | Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (value instanceof Html) return value.text;
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new Html(out);
}

/** Markup written in this code base (never data). */
export function raw(text: string): Html {
  return new Html(text);
}
