// What a person typed, echoed in a reply, renders as typed: no formatting, links or markup of its
// own, but the web and e-mail addresses in it stay whole, working links. Rendered with markdown-it
// set up exactly as Web Chat 4.18 sets it up (botframework-webchat's renderMarkdown).
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeUserText } from '../../src/bot/markdown.js';
import { TestConversation } from '../support/channelClient.js';
import { startTestApp, type TestApp } from '../support/startApp.js';
import { GOOD_ANSWERS, QUESTION_OF, STEPS } from '../dialogs/booking/bookingTestKit.js';

const MarkdownIt = createRequire(import.meta.url)('markdown-it') as new (options: object) => { render(text: string): string };
const webChat = new MarkdownIt({ breaks: false, html: true, linkify: true, typographer: true, xhtmlOut: true });

const decode = (html: string) =>
  html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** What Web Chat shows: the text, and where each link goes. */
function rendered(markdown: string): { text: string; links: string[]; html: string } {
  const html = webChat.render(markdown);
  const links = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => decodeURI(decode(m[1]!)));
  const text = decode(html.replace(/<[^>]+>/g, '')).trim();
  return { text, links, html };
}

describe('echoing what a person typed', () => {
  it.each([
    ['*Pat*', '\\*Pat\\*'],
    ['__bold__', '\\_\\_bold\\_\\_'],
    ['[click](http://evil.example)', '\\[click\\]\\(http://evil.example)'],
    ['<b>hi</b>', '&lt;b&gt;hi&lt;/b&gt;'],
    ['# heading', '\\# heading'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['line one\nline two', 'line one line two'],
    ["Pat O'Brien", "Pat O'Brien"],
    ['604 555 0199', '604 555 0199'],
  ])('%j is escaped as %j', (input, escaped) => {
    expect(escapeUserText(input)).toBe(escaped);
  });

  it.each([
    ['*Pat* __bold__ `code` ~~gone~~', []],
    ['<b>hi</b> <img src=x onerror=alert(1)> Tom & Jerry &amp;', []],
    ['# heading', []],
    ['1. first', []],
    ['[click](http://evil.example)', ['http://evil.example']],
    ['![x](https://evil.example/track.png) **book**', ['https://evil.example/track.png']],
    ['see http://127.0.0.1:8080/x_y.html?a=1&b=2 please', ['http://127.0.0.1:8080/x_y.html?a=1&b=2']],
    ['my site www.example-clinic.ca/about_us', ['http://www.example-clinic.ca/about_us']],
    ['write to pat_smith@mail.example.ca', ['mailto:pat_smith@mail.example.ca']],
    ['odd http://example.com/_x_/*y*/~~z~~/{aria-label}/[a](b)/`c`/\\d', ['http://example.com/_x_/*y*/~~z~~/{aria-label}/[a](b)/`c`/\\d']],
    ['(see https://example.com/a_(b))', ['https://example.com/a_(b)']],
    ['at http://127.0.0.1:3978/, or http://localhost:3978/x. Thanks!', ['http://127.0.0.1:3978/', 'http://localhost:3978/x']],
    ['*http://example.com/page*', ['http://example.com/page']],
    ['mail pat@example.com; or (http://example.com/a-b)!', ['mailto:pat@example.com', 'http://example.com/a-b']],
    ['http://a.example/x* and *b* http://b.example/y*', ['http://a.example/x', 'http://b.example/y']],
  ])('%j shows as typed in Web Chat, linking only to %j', (input, links) => {
    const shown = rendered(escapeUserText(input));
    expect(shown.html).not.toMatch(/<(em|strong|code|s|h1|ol|img|b)\b/);
    expect(shown.links).toEqual(links);
    // Percent-encoded characters inside links show encoded; everything else exactly as typed.
    expect(decodeURI(shown.text)).toBe(input);
  });
});

describe('the booking summary a person sees in Web Chat (over HTTP)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => app?.close());

  it('shows the addresses the person typed as whole, working links', async () => {
    const typed = { email: 'pat_smith@mail.example.ca', reason: 'my knee, see http://127.0.0.1:8080/x_y.html?a=1&b=2 (the scan)' };
    const conversation = new TestConversation(app.endpoint);
    let reply = await conversation.send("I'd like to book an IMS appointment");
    for (const step of STEPS.slice(0, STEPS.indexOf('review'))) {
      if (step === 'claim' && !QUESTION_OF.claim.test(reply.text)) continue;
      expect(reply.text, `at ${step}`).toMatch(QUESTION_OF[step]);
      reply = await conversation.send(typed[step as keyof typeof typed] ?? GOOD_ANSWERS[step]);
    }
    expect(reply.text).toMatch(QUESTION_OF.review);
    const shown = rendered(reply.text);
    expect(shown.links).toEqual(['mailto:pat_smith@mail.example.ca', 'http://127.0.0.1:8080/x_y.html?a=1&b=2']);
    expect(shown.text).toContain(`Reason: ${typed.reason}`);
  });
});
