// What a browser downloads: the clinic page, the embed script, the widget configuration and the
// Web Chat bundle, served by the bot itself (compressed, cacheable) unless the CDN is chosen.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { localeLanguage } from '../../src/understanding/language/languages.js';
import { startHarness, type Harness } from './webChannelHarness.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const bundleOnDisk = () => {
  const require = createRequire(import.meta.url);
  return readFileSync(path.resolve(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js'));
};

async function getConfig(url: string) {
  return (await (await fetch(`${url}/webchat/config.json`)).json()) as {
    clinicName: string;
    webChatUrl: string;
    cssUrl: string;
    avatarUrl: string;
    tokenUrl: string;
    directLineDomain: string | null;
    texts: Record<string, { title: string; teaser: { text: string; starterQuestions: string[] } }>;
    theme: { accent: string };
    locale: string;
    languages: { choices: { language: string; label: string }[]; scripts: { language: string; label: string }[]; locales: Record<string, string>; defaultChineseScript: string };
  };
}

describe('web chat page and assets', () => {
  it('serves the clinic page with a strict content security policy and the embed script', async () => {
    harness = await startHarness();
    const page = await fetch(`${harness.url}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<h1>Nordel Physio Clinic</h1>');
    expect(html).toContain('<script src="/embed.js" defer></script>');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('cdn.botframework.com');

    const embed = await fetch(`${harness.url}/embed.js`);
    expect(embed.headers.get('content-type')).toContain('javascript');
    expect(await embed.text()).toContain('/webchat/config.json');
  });

  it.each([
    { accept: 'pa-IN,pa;q=0.9,en;q=0.8', path: '/', lang: 'pa', words: 'ਐਮਰਜੈਂਸੀ ਵਿੱਚ 911' },
    { accept: 'zh-TW,zh;q=0.9', path: '/', lang: 'zh-Hant', words: '緊急情況請撥打 911' },
    { accept: 'zh-CN', path: '/', lang: 'zh-Hans', words: '紧急情况请拨打 911' },
    { accept: 'fr-CA,fr;q=0.9,pa;q=0.5', path: '/', lang: 'pa', words: 'ਐਮਰਜੈਂਸੀ ਵਿੱਚ 911' },
    { accept: 'de-DE', path: '/', lang: 'en', words: 'In an emergency, call 911.' },
    { accept: 'pa', path: '/?lang=en', lang: 'en', words: 'In an emergency, call 911.' },
    { accept: '', path: '/?lang=zh-Hans', lang: 'zh-Hans', words: '紧急情况请拨打 911' },
    { accept: '', path: '/?lang=<script>', lang: 'en', words: 'In an emergency, call 911.' },
  ])('serves the clinic page in the visitor\'s language ($path, Accept-Language $accept): $lang', async ({ accept, path: pagePath, lang, words }) => {
    harness ??= await startHarness();
    const page = await fetch(`${harness.url}${pagePath}`, { headers: accept ? { 'Accept-Language': accept } : {} });
    const html = await page.text();
    // <html lang> also starts the chat in that language (web/embed.js).
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toContain(words);
    expect(html).toContain(`<a href="/?lang=${lang}" lang="${lang}" hreflang="${lang}" aria-current="page">`);
    expect(page.headers.get('content-language')).toBe(lang);
    expect(page.headers.get('vary')).toBe('Accept-Encoding, Accept-Language');
  });

  it('describes the widget for this clinic in /webchat/config.json', async () => {
    harness = await startHarness();
    const config = await getConfig(harness.url);
    expect(config.clinicName).toBe('Nordel Physio Clinic');
    for (const language of ['en', 'pa', 'zh-Hans', 'zh-Hant']) expect(config.texts[language]!.teaser.starterQuestions).toHaveLength(3);
    expect(config.tokenUrl).toBe('/api/directline/token');
    expect(config.directLineDomain).toBeNull();
    expect(config.webChatUrl).toMatch(/^\/webchat\/webchat\.[0-9a-f]{16}\.js$/);
    expect(config.theme.accent).toMatch(/^#[0-9a-f]{6}$/i);
    for (const asset of [config.cssUrl, config.avatarUrl]) expect((await fetch(`${harness.url}${asset}`)).status).toBe(200);
  });

  it('offers English / ਪੰਜਾਬੀ / 中文 with the locale each sets, which the bot reads back as that language', async () => {
    harness = await startHarness();
    const { languages, locale } = await getConfig(harness.url);
    expect(locale).toBe('en-CA');
    expect(languages.choices).toEqual([
      { language: 'en', label: 'English' },
      { language: 'pa', label: 'ਪੰਜਾਬੀ' },
      { language: 'zh', label: '中文' },
    ]);
    expect(languages.scripts.map((s) => s.label)).toEqual(['简体', '繁體']);
    expect(languages.defaultChineseScript).toBe('zh-Hant');
    for (const [language, tag] of Object.entries(languages.locales)) expect(localeLanguage(tag).language).toBe(language);
    // The embed snippet documents its language parameter.
    expect(await (await fetch(`${harness.url}/embed.js`)).text()).toContain('data-language="pa"');
  });

  it('draws Gurmukhi and Chinese with installed fonts named per script, nothing from a font CDN', async () => {
    harness = await startHarness();
    const { cssUrl } = await getConfig(harness.url);
    const css = await (await fetch(`${harness.url}${cssUrl}`)).text();
    for (const font of ['"Noto Sans Gurmukhi"', '"Noto Sans CJK TC"', '"Noto Sans CJK SC"', '"Raavi"', '"Microsoft JhengHei"', '"Microsoft YaHei"', '"PingFang TC"']) expect(css).toContain(font);
    for (const language of ['pa', 'zh-Hant', 'zh-Hans']) expect(css).toContain(`.nordel-chat:lang(${language})`);
    expect(css).not.toMatch(/@font-face|@import|url\(|fonts\.googleapis|https?:/);
  });

  it.each([
    ['br', (b: Buffer) => zlib.brotliDecompressSync(b)],
    ['gzip', (b: Buffer) => zlib.gunzipSync(b)],
  ])('serves the Web Chat bundle %s-compressed under a hashed, immutable URL', async (encoding, decode) => {
    harness = await startHarness();
    const { webChatUrl } = await getConfig(harness.url);
    const response = await fetch(`${harness.url}${webChatUrl}`, { headers: { 'Accept-Encoding': encoding } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
    // fetch decodes transparently; compare with the raw body read through node's decoder.
    const raw = await import('node:http').then(
      (http) =>
        new Promise<{ encoding: string | undefined; body: Buffer; etag: string }>((resolve) => {
          http.get(`${harness!.url}${webChatUrl}`, { headers: { 'Accept-Encoding': encoding } }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks), etag: String(res.headers.etag) }));
          });
        }),
    );
    expect(raw.encoding).toBe(encoding);
    expect(raw.body.length).toBeLessThan(bundleOnDisk().length / 2);
    expect(decode(raw.body).equals(bundleOnDisk())).toBe(true);

    const again = await fetch(`${harness.url}${webChatUrl}`, { headers: { 'If-None-Match': raw.etag } });
    expect(again.status).toBe(304);
  });

  it('serves the Web Chat bundle as it is to a client that takes no compression', async () => {
    harness = await startHarness();
    const { webChatUrl } = await getConfig(harness.url);
    const raw = await new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
      http
        .get(`${harness!.url}${webChatUrl}`, { headers: { 'Accept-Encoding': 'identity' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });
    expect(raw.encoding).toBeUndefined();
    expect(raw.body.equals(bundleOnDisk())).toBe(true);
  });

  it('points the page at Microsoft\'s CDN only when WEBCHAT_FROM_CDN=true', async () => {
    harness = await startHarness({ WEBCHAT_FROM_CDN: 'true' });
    const config = await getConfig(harness.url);
    expect(config.webChatUrl).toMatch(/^https:\/\/cdn\.botframework\.com\/botframework-webchat\/4\.18\.\d+\/webchat\.js$/);
    const csp = (await fetch(`${harness.url}/`)).headers.get('content-security-policy') ?? '';
    expect(csp).toContain('https://cdn.botframework.com');
  });

  it('lets only allowed sites read the widget configuration', async () => {
    harness = await startHarness({ ALLOWED_ORIGINS: 'https://www.nordelphysio.example' });
    const from = (origin: string) => fetch(`${harness!.url}/webchat/config.json`, { headers: { Origin: origin } });
    const allowed = await from('https://www.nordelphysio.example');
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.nordelphysio.example');
    expect((await from('https://evil.example')).status).toBe(403);
  });
});
