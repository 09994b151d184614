// The clinic page at `/`, in the visitor's language: its words are the knowledge base's messages (page.*,
// reviewed by the clinic with everything else the bot says), its <html lang> starts the chat in the same
// language, and a row of links switches it. The language is the one the link asked for (`?lang=`), else the
// browser's first language the bot speaks (Accept-Language), else English.
import type { IncomingMessage } from 'node:http';
import { escapeHtml } from '../../escapeHtml.js';
import type { Clinic, ReplyLanguage } from '../../kb/schema.js';
import type { ServingKnowledge } from '../../kb/serving.js';
import { localeLanguage, REPLY_LANGUAGES } from '../../understanding/language/languages.js';

/** The page's messages; English must have every one (a translation lacking one shows the English). */
export const PAGE_MESSAGE_KEYS = [
  'page.title',
  'page.description',
  'page.lead',
  'page.openChat',
  'page.emergency',
  'page.notService',
  'page.noscript',
] as const;
type PageMessageKey = (typeof PAGE_MESSAGE_KEYS)[number];

/** Each language's name in itself: the links of the language row. */
const OWN_NAMES: Readonly<Record<ReplyLanguage, string>> = {
  en: 'English',
  pa: 'ਪੰਜਾਬੀ',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
};

/** `?lang=pa`, else the first language of Accept-Language (by its q-value) the page is written in, else English. */
export function chosenPageLanguage(req: Pick<IncomingMessage, 'url' | 'headers'>): ReplyLanguage {
  const asked = new URL(req.url ?? '/', 'http://page').searchParams.get('lang');
  // The same reading of a language tag as a channel's locale gets ("pa-IN", "zh-TW", "yue"; not Shahmukhi).
  const fromLink = asked === null ? undefined : localeLanguage(asked).language;
  if (fromLink) return fromLink;
  const header = req.headers['accept-language'];
  const ranked = (typeof header === 'string' ? header : '')
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.split(';');
      const q = Number(/^\s*q=([\d.]+)\s*$/.exec(params.find((p) => /^\s*q=/.test(p)) ?? '')?.[1] ?? 1);
      return { tag, q: Number.isFinite(q) ? q : 0, order };
    })
    .filter((choice) => choice.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const { tag } of ranked) {
    const { language } = localeLanguage(tag);
    if (language) return language;
  }
  return 'en';
}

/** The page in one language, from the template in web/index.html. */
export function renderClinicPage(template: string, input: { knowledge: ServingKnowledge; clinic: Clinic; language: ReplyLanguage; cssUrl: string; avatarUrl: string }): string {
  const { knowledge, clinic, language } = input;
  const english = knowledge.messages.get('en')?.messages ?? {};
  const missing = PAGE_MESSAGE_KEYS.filter((key) => english[key] === undefined);
  if (missing.length) throw new Error(`knowledge/messages/en.yaml: the clinic page's message(s) ${missing.map((key) => `"${key}"`).join(', ')} missing`);
  const own = knowledge.messages.get(language)?.messages ?? {};
  const say = (key: PageMessageKey) => escapeHtml((own[key] ?? english[key]!).replace(/\{clinic\}/g, clinic.name));
  const links = REPLY_LANGUAGES.map((other) => {
    const current = other === language ? ' aria-current="page"' : '';
    return `<a href="/?lang=${other}" lang="${other}" hreflang="${other}"${current}>${escapeHtml(OWN_NAMES[other])}</a>`;
  }).join(' · ');
  const values: Record<string, string> = {
    lang: language,
    title: say('page.title'),
    description: say('page.description'),
    lead: say('page.lead'),
    openChat: say('page.openChat'),
    emergency: say('page.emergency'),
    notService: say('page.notService'),
    noscript: say('page.noscript'),
    languageLinks: links,
    languageBar: escapeHtml(own['widget.languageBar'] ?? english['widget.languageBar'] ?? 'Language'),
    clinicName: escapeHtml(clinic.name),
    location: escapeHtml(clinic.location),
    cssUrl: escapeHtml(input.cssUrl),
    avatarUrl: escapeHtml(input.avatarUrl),
  };
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}
