// What answering needs once the understanding is built. The writers' phrasings and the safety lexicons and examples
// (some 3.5 MB of strings) only teach the matcher, the classifier and the safety reader: the running bot does not keep
// them. The staff page's insights read them from the files when asked (InsightsKnowledge).
import type { Knowledge } from './schema.js';

export type ServingKnowledge = Omit<Knowledge, 'phrasings' | 'safety'>;

/** The knowledge base as the insights report reads it: its phrasings too, when it has them. */
export type InsightsKnowledge = ServingKnowledge & Partial<Pick<Knowledge, 'phrasings'>>;

/** The knowledge base without the data the understanding was built from. */
export function servingKnowledge(knowledge: Knowledge): ServingKnowledge {
  const { phrasings: _phrasings, safety: _safety, ...serving } = knowledge;
  return serving;
}
