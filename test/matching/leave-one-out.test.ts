import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/kb/load.js';
import { leaveOneOut, routedLabel } from '../../src/matching/leave-one-out.js';
import { WordNet } from '../../src/matching/wordnet.js';

describe('leave-one-out over the knowledge base', () => {
  it('holds out each alternate, booking and out-of-scope example once and matches it against the rest', async () => {
    const knowledge = await loadKnowledge(path.resolve(import.meta.dirname, '../fixtures/kb/valid'));
    const cases = leaveOneOut(knowledge, { wordnet: new WordNet(), minimumQuestions: 2 });
    const alternates = knowledge.entries.filter((e) => e.questions.length >= 2).reduce((n, e) => n + e.questions.length - 1, 0);
    const outOfScope = knowledge.outOfScope.reduce((n, t) => n + t.examples.length, 0);
    expect(cases).toHaveLength(alternates + knowledge.bookingExamples.length + outOfScope);
    // A held-out text is never matched exactly (it is not in the index any more).
    for (const c of cases) expect(c.result.score).toBeLessThan(1);
    const label = (q: string) => routedLabel(cases.find((c) => c.q === q)!.result);
    expect(label('Is IMS the same as acupuncture?')).toBe('ims-vs-acupuncture');
    expect(label('What is the price of a session?')).toBe('none');
  });
});
