// A tiny rule-based Router for unit tests of the bot's own behaviour (rendering, dialog flow,
// channel rules), so they do not depend on the real matcher's scores. Integration tests use the
// real router.
import type { Entry, Knowledge } from '../../src/kb/schema.js';
import type { Route, Router } from '../../src/routing/types.js';
import { CALM, type SafetyReading } from '../../src/understanding/safety/safetyReader.js';

const EMERGENCY: SafetyReading = { outcome: 'emergency', category: 'chest-heart', terms: ['chest-pain'], uncertain: false };

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();

function entry(knowledge: Knowledge, id: string): Entry {
  const e = knowledge.byId.get(id);
  if (!e) throw new Error(`knowledge has no entry ${id}`);
  return e;
}

export const routes = {
  answer: (e: Entry, cleaned = e.title): Route => ({ kind: 'answer', label: e.id, entry: e, score: 0.9, candidates: [{ id: e.id, score: 0.9 }], cleaned, safety: CALM }),
  none: (cleaned = '', topic?: Knowledge['outOfScope'][number]): Route => ({ kind: 'none', label: 'none', score: 0.1, candidates: [], cleaned, safety: CALM, ...(topic ? { topic } : {}) }),
  booking: (cleaned = ''): Route => ({ kind: 'booking', label: 'booking', score: 0.95, candidates: [{ id: 'booking', score: 0.95 }], cleaned, safety: CALM }),
  emergency: (cleaned = ''): Route => ({ kind: 'emergency', label: 'emergency', score: 1, candidates: [], cleaned, safety: EMERGENCY }),
  ambiguous: (choices: Entry[], cleaned = ''): Route => ({
    kind: 'ambiguous',
    label: 'ambiguous',
    choices,
    score: 0.5,
    candidates: choices.map((c, i) => ({ id: c.id, score: 0.5 - i / 100 })),
    cleaned,
    safety: CALM,
  }),
};

/**
 * "chest pain" -> emergency; "book"/"appointment" -> booking; an entry's title or question -> answer;
 * "ims or acupuncture" -> ambiguous; "price" -> none with the price topic; "explode" -> throws; else none.
 */
export function fakeRouter(knowledge: Knowledge): Router {
  return {
    route(text: string): Route {
      const t = norm(text);
      if (t.includes('explode')) throw new Error('router exploded');
      if (t.includes('chest pain')) return routes.emergency(t);
      if (/\b(book|appointment)\b/.test(t)) return routes.booking(t);
      if (t === 'ims or acupuncture') return routes.ambiguous([entry(knowledge, 'ims-what'), entry(knowledge, 'ims-vs-acupuncture')], t);
      if (t.includes('price')) return routes.none(t, knowledge.outOfScope.find((o) => o.id === 'price'));
      const hit = knowledge.entries.find((e) => norm(e.title) === t || e.questions.some((q) => norm(q) === t));
      return hit ? routes.answer(hit, t) : routes.none(t);
    },
  };
}
