// Text -> lower-case word tokens: accents folded, typographic quotes straightened, contractions expanded
// (with or without the apostrophe, since people type "cant" as often as "can't"), emoji and punctuation dropped.

/** A Map, not an object: user text must never reach Object.prototype ("constructor", "toString"). */
function table(entries: Record<string, string[]>): ReadonlyMap<string, readonly string[]> {
  return new Map(Object.entries(entries));
}

const IRREGULAR = table({
  "can't": ['can', 'not'],
  cant: ['can', 'not'],
  cannot: ['can', 'not'],
  "won't": ['will', 'not'],
  wont: ['will', 'not'],
  "shan't": ['shall', 'not'],
  "ain't": ['am', 'not'],
  "i'm": ['i', 'am'],
  im: ['i', 'am'],
  "let's": ['let', 'us'],
});

/** Contractions typed without their apostrophe that cannot be mistaken for another word. */
const BARE = table({
  dont: ['do', 'not'],
  doesnt: ['does', 'not'],
  didnt: ['did', 'not'],
  isnt: ['is', 'not'],
  arent: ['are', 'not'],
  wasnt: ['was', 'not'],
  werent: ['were', 'not'],
  havent: ['have', 'not'],
  hasnt: ['has', 'not'],
  hadnt: ['had', 'not'],
  shouldnt: ['should', 'not'],
  wouldnt: ['would', 'not'],
  couldnt: ['could', 'not'],
  mustnt: ['must', 'not'],
  whats: ['what', 'is'],
  hows: ['how', 'is'],
  whos: ['who', 'is'],
  wheres: ['where', 'is'],
  whens: ['when', 'is'],
  thats: ['that', 'is'],
  theres: ['there', 'is'],
  ive: ['i', 'have'],
  youre: ['you', 'are'],
  youve: ['you', 'have'],
  theyre: ['they', 'are'],
  itll: ['it', 'will'],
  wanna: ['want', 'to'],
  gonna: ['going', 'to'],
  gotta: ['got', 'to'],
  u: ['you'],
  ur: ['your'],
  r: ['are'],
  wat: ['what'],
  wut: ['what'],
  wht: ['what'],
  abt: ['about'],
  cuz: ['because'],
  coz: ['because'],
  tho: ['though'],
  alot: ['a', 'lot'],
  pls: ['please'],
  plz: ['please'],
  thx: ['thanks'],
  ty: ['thanks'],
  tnx: ['thanks'],
  thnx: ['thanks'],
  thanx: ['thanks'],
  thnks: ['thanks'],
  // Chat shorthand for ordinary words.
  diff: ['difference'],
  appt: ['appointment'],
  appts: ['appointments'],
  approx: ['approximately'],
  b4: ['before'],
  ppl: ['people'],
  tmrw: ['tomorrow'],
  tmr: ['tomorrow'],
  wk: ['week'],
  wks: ['weeks'],
  wknd: ['weekend'],
  wkend: ['weekend'],
  mins: ['minutes'],
  hrs: ['hours'],
  // Days of the week as people shorten them ("since tues" is not "since toes"); not "wed", "sat" or "sun".
  tues: ['tuesday'],
  tue: ['tuesday'],
  weds: ['wednesday'],
  thurs: ['thursday'],
  thur: ['thursday'],
  thu: ['thursday'],
  fri: ['friday'],
  rn: ['right', 'now'],
  rly: ['really'],
  prob: ['probably'],
  info: ['information'],
  max: ['maximum'],
});

const IS_AFTER = new Set(['what', 'how', 'who', 'where', 'when', 'that', 'there', 'here', 'it', 'he', 'she', 'why']);

/**
 * What the tables above say, as one string: part of a trained model's cache key, so that a word added to them
 * ("tues" read as "tuesday") trains the models again instead of reading messages with a model that learnt the old words.
 */
export const NORMALIZATION_TABLES = JSON.stringify([[...IRREGULAR], [...BARE], [...IS_AFTER]]);

function expandContraction(token: string, out: string[]): void {
  const irregular = IRREGULAR.get(token) ?? BARE.get(token);
  if (irregular) {
    out.push(...irregular);
    return;
  }
  const apostrophe = token.indexOf("'");
  if (apostrophe < 0) {
    out.push(token);
    return;
  }
  const head = token.slice(0, apostrophe);
  const tail = token.slice(apostrophe + 1);
  if (!head) {
    if (tail) out.push(tail);
    return;
  }
  switch (tail) {
    case 't': // "doesn't" -> "does not"
      out.push(head.endsWith('n') ? head.slice(0, -1) : head, 'not');
      return;
    case 's':
      // "what's" -> "what is"; otherwise a possessive ("clinic's") keeps only the noun.
      out.push(head);
      if (IS_AFTER.has(head)) out.push('is');
      return;
    case 're':
      out.push(head, 'are');
      return;
    case 've':
      out.push(head, 'have');
      return;
    case 'll':
      out.push(head, 'will');
      return;
    case 'd':
      out.push(head, 'would');
      return;
    case 'm':
      out.push(head, 'am');
      return;
    default:
      out.push(head);
      if (tail) out.push(tail);
  }
}

/** Lower-case ASCII word tokens of `text`. Numbers are kept; everything else that is not a letter is a separator. */
export function normalizeTokens(text: string): string[] {
  // Plain ASCII (most messages, and the whole knowledge base) needs no Unicode folding.
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(text);
  const folded = (ascii ? text : text.normalize('NFKD').replace(/\p{M}+/gu, ''))
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ');
  const out: string[] = [];
  const words = folded.split(' ');
  for (let i = 0; i < words.length; i++) {
    const token = (words[i] as string).replace(/^'+|'+$/g, '');
    if (!token) continue;
    // "can t" / "don t": an apostrophe typed as a space (or lost to punctuation clean-up).
    const next = words[i + 1]?.replace(/^'+|'+$/g, '');
    if (next === 't' && /n$/.test(token)) {
      expandContraction(`${token}'t`, out);
      i++;
      continue;
    }
    expandContraction(token, out);
  }
  return out;
}
