// The knowledge base's shape, validated once at load. One zod schema per file kind;
// `npm run kb:schema` publishes them as JSON Schema (schema/knowledge.schema.json) for YAML editors.
import { z } from 'zod-v4';

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
    emoji: z.array(text).default([]).describe('Emoji that, sent on their own, mean this entry ("👍" is thanks).'),
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

/** The language forms the knowledge base is written in: each script of each language, as people type it. */
export const LANGUAGE_FORMS = ['en', 'pa', 'pa-Latn', 'zh'] as const;
export type LanguageForm = (typeof LANGUAGE_FORMS)[number];
const languageForm = z.enum(LANGUAGE_FORMS).describe('en, pa (Gurmukhi), pa-Latn (Punjabi typed in Latin letters) or zh (Chinese, either script)');

/** How serious a safety rule says a message is, when what it describes is happening now. */
export const SAFETY_LEVELS = ['crisis', 'emergency', 'urgent'] as const;
export type SafetyLevel = (typeof SAFETY_LEVELS)[number];

/**
 * The emergency categories and when each fires: a rule fires when one of its `any` terms and all of its
 * `all` terms are said of now (not negated, not in the past, not a hypothetical). Terms are defined per
 * language in safety-lexicon files, so every rule works in every language.
 */
export const safetyRulesFileSchema = z
  .object({
    kind: z.literal('safety-rules'),
    categories: z
      .array(
        z
          .object({
            id,
            rules: z
              .array(
                z
                  .object({
                    level: z.enum(SAFETY_LEVELS),
                    any: z.array(id).min(1).optional().describe('At least one of these terms.'),
                    all: z.array(id).min(1).optional().describe('Every one of these terms too.'),
                    unless: z.array(id).min(1).optional().describe('None of these terms ("fainted" ... "fine now").'),
                  })
                  .strict()
                  .refine((rule) => rule.any || rule.all, 'a rule needs "any" or "all"'),
              )
              .min(1),
          })
          .strict(),
      )
      .min(1),
    riskTerms: z
      .array(id)
      .default([])
      .describe('Terms that make an ordinary question about a risk ("can it puncture a lung?") get a line on when to get help.'),
    lastingSigns: z
      .array(id)
      .default([])
      .describe(
        'Signs that, said to have gone on for days ("arm numb for 3 days", 頭暈咗兩日), are a nurse\'s question today (8-1-1) when no rule reads more, needles named or not.',
      ),
    warningsThatPass: z
      .array(id)
      .default([])
      .describe(
        'Signs whose passing is itself a warning ("his face drooped for a few minutes, then it went away": a mini-stroke; crushing chest pain that eased): said to have passed, they still get 911 (with "It\'s not an emergency" offered). Other emergencies\' signs that passed get 8-1-1.',
      ),
    calmPhrasings: z
      .array(z.string().regex(/^phrasings\/[^/]+\/[^/]+\.ya?ml$/, 'a phrasings file\'s path in the knowledge folder ("phrasings/en/slang.yaml")'))
      .default([])
      .describe(
        "Writers' phrasings (files in the knowledge folder) the safety model learns as calm, besides the knowledge base's own questions. A list, so that adding a writer for the intents does not move the safety model: add one here only after measuring the triage sets with it.",
      ),
  })
  .strict();

const cuePhrases = z.array(text).default([]);

/** One language's words for the safety terms, and its context cues (NegEx / ConText). */
export const safetyLexiconFileSchema = z
  .object({
    kind: z.literal('safety-lexicon'),
    language: languageForm,
    terms: z.record(id, z.array(text).min(1)).default({}).describe('Term id -> the ways people say it (words in order, a few may stand between).'),
    context: z
      .object({
        negation: z.object({ before: cuePhrases, after: cuePhrases }).strict().default({ before: [], after: [] }),
        historical: z.object({ before: cuePhrases, after: cuePhrases }).strict().default({ before: [], after: [] }),
        hypothetical: z.object({ before: cuePhrases, after: cuePhrases }).strict().default({ before: [], after: [] }),
        /**
         * Historical cues that say a sign comes and goes, not when ("every time I", "sometimes", 每次): they make a
         * term history, but do not date it, so an ongoing cue after it ("lightheaded every time I stand up since
         * the needling") brings it back to now.
         */
        habitual: cuePhrases,
        /**
         * Words after a sign that say it has passed ("went away", "it passed", 好返, "theek ho gaya"): not denied
         * ("turned out to be nothing" is a negation), over. An emergency's signs that passed are still a nurse's
         * question today (8-1-1), and a stroke's are a stroke's (a mini-stroke's signs go away: 911).
         */
        resolution: cuePhrases,
        /** Words that look like a cue but are not one ("not sure if", "hasn't stopped"). */
        pseudo: cuePhrases,
        /** Words that end a cue's reach ("but", "though"). */
        termination: cuePhrases,
        /**
         * Words that start another time ("做完之後", after the session): they end the reach of a negation or a
         * time ("冇事，做完之後喘唔到氣"), not of a question ("如果做完之後喘唔到氣點算").
         */
        timeFrame: cuePhrases,
        /**
         * Words after a term that say it is still going on ("for an hour", "since Saturday", "that won't stop"):
         * a perfect tense before it ("I've had crushing chest pain for an hour") is then not history.
         */
        ongoing: cuePhrases,
        /**
         * Words that date a term to today ("this morning", "20 minutes ago", 今朝): said with the term (close, in its
         * clause, no "and" between), a past tense ("had a bowel accident today") is then not history.
         */
        recent: cuePhrases,
        /**
         * Words before a term that open what is happening now ("since last night I've had", "and now he had"): close
         * to it in its clause, a perfect or past tense between them is not history. Before only: after a term,
         * "now he" begins something else ("had a stroke now he wants IMS").
         */
        present: cuePhrases,
        /**
         * Words after a term that say it is happening again now ("and again tonight", "just had another one"):
         * what a time made history ("overdosed back in the 90s and again tonight") is not history.
         */
        recurrence: cuePhrases,
        /**
         * Words that say a sign has gone on for days ("for a week now", "hafta ho gaya", 三天了): a nurse's question
         * unless the lexicon reads an emergency in its own words; the safety model's alarm alone makes it 8-1-1.
         */
        lasting: cuePhrases,
        /**
         * Words that say a sign goes on ("still", 越來越, "hale vi"): beside a lasting cue they say it did not just
         * start, so they are no "now" that keeps the safety model's alarm from becoming 8-1-1.
         */
        continuing: cuePhrases,
        /**
         * Words that frame the whole message as a general question, not something happening to anyone now
         * ("general question as a youth worker:", "for a kinesiology class"): every term in it is asked about.
         */
        generic: cuePhrases,
        /** Figures of speech whose words are not the term ("this knot is killing me"). */
        idioms: cuePhrases,
        /**
         * Words that open a list of examples ("such as", "risks, like", 例如): a question's cue before them reaches
         * into the list ("any other risks, like infection or a collapsed lung?"); bare "like" and 好似 (it seems) do
         * not ("im scared, like i cant breathe").
         */
        examples: cuePhrases,
      })
      .strict()
      .default({
        negation: { before: [], after: [] },
        historical: { before: [], after: [] },
        hypothetical: { before: [], after: [] },
        habitual: [],
        resolution: [],
        pseudo: [],
        termination: [],
        timeFrame: [],
        ongoing: [],
        recent: [],
        present: [],
        recurrence: [],
        lasting: [],
        continuing: [],
        generic: [],
        idioms: [],
        examples: [],
      }),
  })
  .strict();

/** The languages the bot replies in: Chinese in either script, both kept (the clinic reviews both). */
export const REPLY_LANGUAGES = ['en', 'pa', 'zh-Hans', 'zh-Hant'] as const;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

/**
 * Everything the bot says that is not an answer (safety replies, booking questions, buttons), in one
 * language. English is the source; a translation is marked `reviewed: false` until the clinic has read it.
 * `{name}` placeholders are filled in by the bot (the clinic's name, a reference number, ...).
 */
export const messagesFileSchema = z
  .object({
    kind: z.literal('messages'),
    language: z.enum(REPLY_LANGUAGES),
    reviewed: z.boolean().default(true).describe('false until someone at the clinic has read this translation.'),
    messages: z.record(z.string().regex(/^[a-z][a-zA-Z0-9]*(?:\.[a-z][a-zA-Z0-9-]*)*$/, 'message keys look like "safety.emergency"'), text),
  })
  .strict();

/**
 * One language's version of the answers: each FAQ and small-talk entry's title and answer, each
 * out-of-scope topic's reply, by id. English (faq.yaml, smalltalk.yaml, out-of-scope.yaml) is the source
 * of truth; a translation is marked `reviewed: false` until someone at the clinic has read it.
 */
export const translationFileSchema = z
  .object({
    kind: z.literal('translation'),
    language: z.enum(REPLY_LANGUAGES),
    reviewed: z.boolean().default(false),
    entries: z
      .array(
        z
          .object({
            id,
            title: text.max(40, 'titles are button labels: 40 characters at most'),
            answer: text,
            reviewed: z.boolean().optional().describe('Overrides the file-wide flag for this entry.'),
          })
          .strict(),
      )
      .default([]),
    topics: z.array(z.object({ id, reply: text, reviewed: z.boolean().optional() }).strict()).default([]),
  })
  .strict();

/**
 * One writer's ways of asking, for teaching the classifier (and the ranker) how people really type. Each
 * file is one writer (a persona or style) in one language form, so understanding can be measured across
 * writers: trained on the others, tested on this one (npm run kb:test -- --by-writer).
 */
export const phrasingsFileSchema = z
  .object({
    kind: z.literal('phrasings'),
    language: languageForm,
    writer: text.describe('The persona or style, in a few words ("one to four words", "ESL English from Punjabi speakers").'),
    weight: z
      .number()
      .gt(0)
      .max(1)
      .default(1)
      .describe('How much each phrasing counts in training (1). A writer of only out-of-scope questions counts less, so one file does not outweigh the questions the bot answers.'),
    phrasings: z.record(z.string().regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)$/, 'labels are entry ids, "booking" or "none"'), z.array(text)).describe('Label -> phrasings.'),
  })
  .strict();

/** What a message means for safety, as a writer labelled it: the classes of the safety model. */
export const SAFETY_CLASSES = ['crisis', 'emergency', 'urgent', 'calm'] as const;
export type SafetyClass = (typeof SAFETY_CLASSES)[number];

/**
 * One writer's messages labelled for safety (knowledge/safety/examples/): emergencies described as people
 * describe them, and calm messages that use the same frightening words. They teach the safety model, which
 * backs up the lexicon when a description has none of its words; one writer per file, so the model can be
 * measured on writers it was not trained on.
 */
export const safetyExamplesFileSchema = z
  .object({
    kind: z.literal('safety-examples'),
    language: languageForm,
    writer: text.describe('The persona or style, in a few words.'),
    examples: z.partialRecord(z.enum(SAFETY_CLASSES), z.array(text)).describe('Safety class -> messages.'),
  })
  .strict();

/** How one control act is said: the whole message, its first words (short messages), or anywhere in it. */
const controlPhrases = z
  .object({
    whole: z.array(text).default([]),
    starts: z.array(text).default([]).describe('The message starts with this and is at most six words long ("yes please do").'),
    contains: z.array(text).default([]),
  })
  .strict();

export const CONTROL_ACTS = [
  'yes',
  'no',
  'cancel',
  'help',
  'skip',
  'forget-me',
  'continue-booking',
  'change-name',
  'change-phone',
  'change-email',
  'change-time',
  'change-reason',
  'change-payment',
] as const;
export type ControlActName = (typeof CONTROL_ACTS)[number];

/**
 * What people say to steer the conversation rather than ask about IMS, in one language form: yes / no to
 * the bot's question, cancel and help during a booking, skip an optional detail, "forget me".
 */
export const controlsFileSchema = z
  .object({
    kind: z.literal('controls'),
    language: languageForm,
    fillers: z.array(text).default([]).describe('Words around a control that do not change it ("ok", "please", "um").'),
    acts: z.object(Object.fromEntries(CONTROL_ACTS.map((act) => [act, controlPhrases.optional()])) as Record<ControlActName, z.ZodOptional<typeof controlPhrases>>).strict(),
    languageNames: z
      .object(Object.fromEntries(REPLY_LANGUAGES.map((lang) => [lang, z.array(text).optional()])) as Record<ReplyLanguage, z.ZodOptional<z.ZodArray<typeof text>>>)
      .strict()
      .default({})
      .describe('How people name each reply language ("punjabi", "中文"): "answer in Punjabi" switches to it.'),
    languageWords: z
      .array(text)
      .default([])
      .describe(
        'Other words about languages: languages the bot does not speak ("french", "persian"), "language". A message with one that the bot cannot otherwise answer gets the languages it speaks (the reply languages\' own names are left out: "does the physio speak Cantonese?" asks about staff).',
      ),
    notLanguageAfter: z
      .array(text)
      .default([])
      .describe('Words that, after a language\'s name, make it a people\'s, a cuisine\'s or a place\'s ("a Persian restaurant", "a Tamil-speaking doctor"): no question about languages.'),
    staffWords: z
      .array(text)
      .default([])
      .describe('Words for the clinic\'s people ("physio", "front desk"): with "speak" and a language ("do any of your physios speak Punjabi?"), a question about the staff, not the bot\'s languages.'),
    notLanguageBefore: z
      .array(text)
      .default([])
      .describe('Words that, before a word that can name a language, make it another word ("nail polish", "gel polish"): no question about languages.'),
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
  safetyRulesFileSchema,
  safetyLexiconFileSchema,
  bookingFileSchema,
  outOfScopeFileSchema,
  messagesFileSchema,
  controlsFileSchema,
  translationFileSchema,
  phrasingsFileSchema,
  safetyExamplesFileSchema,
]);

export type Entry = z.infer<typeof entrySchema> & { kind: 'faq' | 'smalltalk' };
export type SynonymGroup = z.infer<typeof synonymsFileSchema>['groups'][number];
export type SafetyRules = z.infer<typeof safetyRulesFileSchema>;
export type SafetyCategory = SafetyRules['categories'][number];
export type SafetyLexicon = z.infer<typeof safetyLexiconFileSchema>;
export type SafetyContext = SafetyLexicon['context'];

/** The safety knowledge: rules over terms, and each language's words for the terms and the context cues. */
export interface Safety {
  rules: SafetyRules;
  lexicons: SafetyLexicon[];
  /** Writers' labelled messages for the safety model, one set per writer. */
  examples: SafetyExamplesFile[];
}
export type SafetyExamplesFile = z.infer<typeof safetyExamplesFileSchema> & { file: string };
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
  /** How people steer the conversation, per language form. */
  controls: ControlsFile[];
  /** Writers' phrasings per label (entry id, "booking", "none"), one set per writer and language form. */
  phrasings: PhrasingsFile[];
  /** Entry answers and titles, and topic replies, in languages other than English: language -> id -> words. */
  translations: ReadonlyMap<ReplyLanguage, ReadonlyMap<string, Translated>>;
  /** The bot's own words per language (English always complete; see src/kb/messages.ts). */
  messages: ReadonlyMap<ReplyLanguage, MessageCatalog>;
}

export type MessagesFile = z.infer<typeof messagesFileSchema>;
export type ControlsFile = z.infer<typeof controlsFileSchema>;
export type TranslationFile = z.infer<typeof translationFileSchema>;
/** `file` as shown in messages; `name` its path in the knowledge folder ("phrasings/en/slang.yaml"). */
export type PhrasingsFile = z.infer<typeof phrasingsFileSchema> & { file: string; name: string };

/** An entry's or topic's words in one language, and whether the clinic has reviewed them. */
export interface Translated {
  title?: string;
  text: string;
  reviewed: boolean;
}
export interface MessageCatalog {
  language: ReplyLanguage;
  reviewed: boolean;
  messages: Readonly<Record<string, string>>;
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
    followUpPromise: z
      .string()
      .default('')
      .describe('What the front desk really does after a booking request, e.g. "The clinic will call you within one business day." Empty: no promise is made.'),
  })
  .strict();
export type Clinic = z.infer<typeof clinicSchema>;
