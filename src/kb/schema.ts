// The knowledge base's shape, validated once at load. One zod schema per file kind;
// `npm run kb:schema` publishes them as JSON Schema (schema/knowledge.schema.json) for YAML editors.
import { z } from 'zod';

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens, e.g. "ims-what"');
const text = z.string().trim().min(1, 'must not be empty');

/** One answerable topic: FAQ or small talk. */
export const entrySchema = z
  .object({
    id,
    title: text.max(40, 'titles are button labels: 40 characters at most').describe('Short label for buttons and "Did you mean" choices.'),
    questions: z.array(text).min(1).describe('The canonical question first, then alternate phrasings the way people type them.'),
    answer: text.describe('Plain-language answer, 2-4 sentences, only facts the clinic stands behind.'),
    related: z.array(id).max(3).default([]).describe('Up to 3 entry ids offered as follow-up questions.'),
    tags: z.array(text).default([]),
    appendContact: z
      .boolean()
      .default(false)
      .describe("Append the clinic's configured contact details (config/clinic.yaml) to the answer, when any are filled in."),
  })
  .strict();

export const entriesFileSchema = z
  .object({
    kind: z.enum(['faq', 'smalltalk']),
    entries: z.array(entrySchema).min(1),
  })
  .strict();

/** Words and phrases folded onto one term before matching ("dry needling" -> "ims"). */
export const synonymsFileSchema = z
  .object({
    kind: z.literal('synonyms'),
    groups: z
      .array(
        z
          .object({
            term: text.describe('The canonical term every variant is folded onto.'),
            variants: z.array(text).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

/** Red-flag phrases: matched before anything else; the person is sent to 911 / a crisis line. */
export const safetyFileSchema = z
  .object({
    kind: z.literal('safety'),
    replies: z
      .object({
        emergency: text.describe('Reply for medical red flags: call 911 or go to emergency care.'),
        crisis: text.describe('Reply for thoughts of self-harm: 911 and the 9-8-8 crisis line.'),
      })
      .strict(),
    redFlags: z
      .array(
        z
          .object({
            id,
            reply: z.enum(['emergency', 'crisis']),
            phrases: z.array(text).min(1).describe('Words that must appear in this order; a few words may stand between them.'),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

/** Ways people ask to come in; the router starts the booking dialog for these. */
export const bookingFileSchema = z
  .object({
    kind: z.literal('booking'),
    examples: z.array(text).min(5),
  })
  .strict();

/** Near-domain topics the KB cannot answer (price, parking, ...): an honest, specific fallback. */
export const outOfScopeFileSchema = z
  .object({
    kind: z.literal('out-of-scope'),
    topics: z
      .array(
        z
          .object({
            id,
            examples: z.array(text).min(1),
            reply: text.describe('Honest "I don\'t know that one" reply; never an answer the clinic has not given.'),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const knowledgeFileSchema = z.discriminatedUnion('kind', [
  entriesFileSchema,
  synonymsFileSchema,
  safetyFileSchema,
  bookingFileSchema,
  outOfScopeFileSchema,
]);

export type Entry = z.infer<typeof entrySchema> & { kind: 'faq' | 'smalltalk' };
export type SynonymGroup = z.infer<typeof synonymsFileSchema>['groups'][number];
export type Safety = z.infer<typeof safetyFileSchema>;
export type RedFlag = Safety['redFlags'][number];
export type OutOfScopeTopic = z.infer<typeof outOfScopeFileSchema>['topics'][number];
export type KnowledgeFile = z.infer<typeof knowledgeFileSchema>;

/** The whole validated knowledge base, as the matcher and the bot use it. */
export interface Knowledge {
  entries: Entry[];
  byId: ReadonlyMap<string, Entry>;
  synonyms: SynonymGroup[];
  safety: Safety;
  bookingExamples: string[];
  outOfScope: OutOfScopeTopic[];
}

/** Clinic details (config/clinic.yaml). Empty strings are placeholders: never shown to users. */
export const clinicSchema = z
  .object({
    name: text,
    location: text.describe('City and province, as the article states them.'),
    phone: z.string().default(''),
    email: z.string().default(''),
    address: z.string().default(''),
    website: z.string().default(''),
    bookingUrl: z.string().default(''),
    hours: z.string().default(''),
    privacyPolicyUrl: z.string().default(''),
    timeZone: text.default('America/Vancouver'),
    followUpPromise: text.describe('What happens after a booking request, e.g. "The clinic will contact you within one business day."'),
  })
  .strict();
export type Clinic = z.infer<typeof clinicSchema>;
