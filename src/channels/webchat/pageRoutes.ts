// The widget's HTTP side: the clinic page at `/`, the embed script at `/embed.js`, its JSON
// configuration, and the hashed static assets (Web Chat bundle, styles, avatar).
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Server } from 'restify';
import type { Clinic, ReplyLanguage } from '../../kb/schema.js';
import type { ServingKnowledge } from '../../kb/serving.js';
import type { Logger } from '../../logging/logger.js';
import { sendJson } from '../http/httpResponses.js';
import { OriginPolicy } from '../http/originPolicy.js';
import { CompressedAsset, IMMUTABLE, type AssetSource, REVALIDATE, SHORT_CACHE } from './compressedAsset.js';
import { findWebChatBundle, webChatCdnUrl, WEBCHAT_BUNDLE_FILE } from './webChatBundle.js';
import { chosenPageLanguage, renderClinicPage } from './clinicPage.js';
import { buildWidgetConfig, type WidgetConfig, type WidgetTheme } from './widgetConfig.js';
import { findWebDir } from './webAssets.js';

export const ASSET_PREFIX = '/webchat';
const PAGE_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'same-origin' };

export interface PageRoutesOptions {
  clinic: Clinic;
  log: Logger;
  originPolicy: OriginPolicy;
  /** The bot's knowledge base (a live view when edits are followed): the widget's words come from it. */
  knowledge: ServingKnowledge;
  theme?: WidgetTheme;
  webChatFromCdn: boolean;
  tokenUrl: string;
  /** Azure Direct Line REST base, or null for this server's local Direct Line. */
  directLineDomain: string | null;
  maxMessageChars: number;
  webDir?: string;
}

export interface PageRoutes {
  /** The widget's configuration for the current knowledge base. */
  config(): WidgetConfig;
}

export function registerPageRoutes(server: Server, options: PageRoutesOptions): PageRoutes {
  const webDir = options.webDir ?? findWebDir();
  const read = (name: string) => readFileSync(path.join(webDir, name));

  // Hashed, immutable assets: a new deploy changes the names, so browsers never keep stale ones.
  const hashed = new Map<string, CompressedAsset>();
  const addHashed = (name: string, source: AssetSource, type: string) => {
    const asset = new CompressedAsset(source, type, IMMUTABLE, { 'X-Content-Type-Options': 'nosniff' });
    const file = asset.hashedName(name);
    hashed.set(file, asset);
    return `${ASSET_PREFIX}/${file}`;
  };
  const cssUrl = addHashed('widget.css', read('widget.css'), 'text/css; charset=utf-8');
  const avatarUrl = addHashed('avatar.svg', read('avatar.svg'), 'image/svg+xml');
  const bundle = findWebChatBundle();
  const localBundleUrl = addHashed(WEBCHAT_BUNDLE_FILE, { file: bundle.file }, 'application/javascript; charset=utf-8');
  const webChatUrl = options.webChatFromCdn ? webChatCdnUrl(bundle.version) : localBundleUrl;

  // Built again when the knowledge base was reloaded (its messages are the widget's words); new words, new ETag.
  const { knowledge } = options;
  const template = read('index.html').toString('utf8');
  let built:
    | { messages: ServingKnowledge['messages']; translations: ServingKnowledge['translations']; entries: ServingKnowledge['entries']; config: WidgetConfig; asset: CompressedAsset; pages: Map<ReplyLanguage, CompressedAsset> }
    | undefined;
  const current = () => {
    if (built?.messages !== knowledge.messages || built.translations !== knowledge.translations || built.entries !== knowledge.entries) {
      const config = buildWidgetConfig({
        clinic: options.clinic,
        knowledge,
        theme: options.theme,
        avatarUrl,
        webChatUrl,
        cssUrl,
        tokenUrl: options.tokenUrl,
        directLineDomain: options.directLineDomain,
        maxMessageChars: options.maxMessageChars,
      });
      const asset = new CompressedAsset(Buffer.from(JSON.stringify(config)), 'application/json; charset=utf-8', REVALIDATE);
      // The clinic page in each language the bot speaks (its <html lang> also starts the chat in it).
      const pages = new Map<ReplyLanguage, CompressedAsset>();
      for (const language of Object.keys(config.texts) as ReplyLanguage[]) {
        const html = renderClinicPage(template, { knowledge, clinic: options.clinic, language, cssUrl, avatarUrl });
        pages.set(language, new CompressedAsset(Buffer.from(html), 'text/html; charset=utf-8', REVALIDATE, PAGE_HEADERS));
      }
      built = { messages: knowledge.messages, translations: knowledge.translations, entries: knowledge.entries, config, asset, pages };
    }
    return built;
  };
  current(); // at start-up: a knowledge base without the widget's words fails here, not on a visitor's request
  const embedAsset = new CompressedAsset(read('embed.js'), 'application/javascript; charset=utf-8', SHORT_CACHE, {
    'X-Content-Type-Options': 'nosniff',
  });

  const handle = (fn: (req: IncomingMessage & { params?: Record<string, string> }, res: ServerResponse) => Promise<void>) =>
    (async (req: IncomingMessage & { params?: Record<string, string> }, res: ServerResponse) => {
      try {
        await fn(req, res);
      } catch (error) {
        options.log.error({ err: error, path: req.url?.split('?')[0] }, 'webchat: could not serve a file');
        if (!res.headersSent) sendJson(res, 500, { error: { code: 'ServiceError', message: 'Something went wrong.' } });
      }
    }) as never;

  // The page's Content-Security-Policy and other security headers come from src/security
  // (securityRoutes), set on every response, so there is one policy to keep right.
  server.get('/', handle(async (req, res) => {
    const language = chosenPageLanguage(req);
    const { pages } = current();
    const page = pages.get(language) ?? pages.get('en')!;
    await page.serve(req, res, { 'Content-Language': language, Vary: 'Accept-Encoding, Accept-Language' });
  }));
  server.get('/embed.js', handle((req, res) => embedAsset.serve(req, res, { 'Access-Control-Allow-Origin': '*' })));
  server.get(`${ASSET_PREFIX}/config.json`, handle(async (req, res) => {
    // Other sites may read it only when allowed to use the chat at all (a clear early failure).
    if (!options.originPolicy.allows(req)) {
      sendJson(res, 403, { error: { code: 'Forbidden', message: 'This website is not allowed to use the chat.' } }, { Vary: 'Origin' });
      return;
    }
    options.originPolicy.applyHeaders(req, res);
    await current().asset.serve(req, res);
  }));
  server.get(`${ASSET_PREFIX}/:file`, handle(async (req, res) => {
    const asset = hashed.get(req.params?.file ?? '');
    if (!asset) {
      sendJson(res, 404, { error: { code: 'NotFound', message: 'No such file.' } });
      return;
    }
    // Scripts, styles and images load cross-origin on clinic sites without CORS; allowing it keeps
    // fonts/crossorigin loads working too. They are public files.
    await asset.serve(req, res, { 'Access-Control-Allow-Origin': '*' });
  }));
  return { config: () => current().config };
}
