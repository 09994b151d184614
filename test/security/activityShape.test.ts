// The shape check in front of the bot: what real channels always send passes untouched; what
// botbuilder would trip over, or what would make the bot send requests to a stranger's address,
// is refused with the field's name (never its value).
import { describe, expect, it } from 'vitest';
import { z } from 'zod-v4';
import { activityProblem } from '../../src/security/activityShape.js';

const valid = {
  type: 'message',
  id: '1',
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/amer/',
  from: { id: '29:abc', name: 'Pat' },
  recipient: { id: '28:bot', name: 'IMS Helper' },
  conversation: { id: 'a:xyz', conversationType: 'personal', tenantId: 't' },
  text: '<at>IMS Helper</at> what is IMS',
  entities: [{ type: 'mention', text: '<at>IMS Helper</at>', mentioned: { id: '28:bot', name: 'IMS Helper' } }, { type: 'clientInfo', locale: 'en-US' }],
  channelData: { tenant: { id: 't' } },
  attachments: [],
  someFutureField: { anything: true },
};
const authOn = { loopbackServiceUrlsOnly: false };
const authOff = { loopbackServiceUrlsOnly: true };

describe('activity shape check', () => {
  it('a real Teams message passes, unknown fields included', () => {
    expect(activityProblem(valid, authOn)).toBeUndefined();
  });

  it.each([
    ['conversation', { conversation: undefined }],
    ['conversation.id', { conversation: { id: '' } }],
    ['recipient', { recipient: undefined }],
    ['from.id', { from: { id: 7 } }],
    ['channelId', { channelId: undefined }],
    ['text', { text: { nested: 'object' } }],
    ['entities.0', { entities: [{ type: 'mention' }] }],
    ['membersAdded', { membersAdded: 'everyone' }],
    ['attachments', { attachments: 'x.png' }],
    ['channelData', { channelData: 'tenant' }],
  ])('names %s when it is missing or malformed', (field, change) => {
    expect(activityProblem({ ...valid, ...change }, authOn)).toBe(`${field} is missing or malformed`);
  });

  it('never echoes the offending value', () => {
    expect(activityProblem({ ...valid, text: { secret: 'hunter2' } }, authOn)).not.toContain('hunter2');
  });

  describe('serviceUrl (where replies are POSTed)', () => {
    it.each([
      ['missing in ordinary delivery', { serviceUrl: undefined }, authOn, 'serviceUrl is missing'],
      ['not a URL', { serviceUrl: 'not a url' }, authOn, 'serviceUrl is not a URL'],
      ['a file URL', { serviceUrl: 'file:///etc/passwd' }, authOn, 'serviceUrl is not an http(s) URL'],
      ['another host while auth is off', { serviceUrl: 'https://smba.trafficmanager.net/amer/' }, authOff, 'serviceUrl must be on this machine while channel authentication is off'],
      ['a cloud metadata address while auth is off', { serviceUrl: 'http://169.254.169.254/' }, authOff, 'serviceUrl must be on this machine while channel authentication is off'],
      ...[
        ['hexadecimal', 'http://0x7f.0.0.1:8080/'],
        ['one decimal number', 'http://2130706433:8080/'],
        ['shortened', 'http://127.1:8080/'],
        ['zero-padded', 'http://127.000.000.001:8080/'],
        ['another loopback address', 'http://127.0.0.2:8080/'],
        ['a query', 'http://127.0.0.1:8080/admin/run?cmd=rm'],
        ['a fragment', 'http://127.0.0.1:8080/#x'],
        ['user info', 'http://127.0.0.1:8080@evil.example/'],
        ['a dot segment', 'http://127.0.0.1:8080/x/../admin/'],
        ['a percent-escape', 'http://127.0.0.1:8080/%2e%2e/admin'],
        ['a backslash', 'http://127.0.0.1:8080\\@evil.example/'],
        ['a zero-padded port', 'http://127.0.0.1:0080/'],
        ['upper-case letters', 'http://LOCALHOST:8080/'],
      ].map(
        ([form, serviceUrl]): [string, { serviceUrl: string }, typeof authOff, string] => [
          `loopback spelled oddly (${form}) while auth is off`,
          { serviceUrl: serviceUrl! },
          authOff,
          'serviceUrl must be on this machine while channel authentication is off',
        ],
      ),
    ])('refuses one %s', (_what, change, options, problem) => {
      expect(activityProblem({ ...valid, ...change }, options)).toBe(problem);
    });

    it.each([
      ['a Microsoft channel host with auth on', { serviceUrl: 'https://smba.trafficmanager.net/amer/' }, authOn],
      ['the Emulator on localhost with auth off', { serviceUrl: 'http://localhost:53127/' }, authOff],
      ['127.0.0.1 with auth off', { serviceUrl: 'http://127.0.0.1:9/' }, authOff],
      ['[::1] with auth off', { serviceUrl: 'http://[::1]:9/' }, authOff],
      ['the Agents Playground on localhost with auth off', { serviceUrl: 'http://localhost:56150/_connector' }, authOff],
      ['no port with auth off', { serviceUrl: 'http://localhost' }, authOff],
      ['none when replies come back in the response', { serviceUrl: undefined, deliveryMode: 'expectReplies' }, authOff],
    ])('accepts %s', (_what, change, options) => {
      expect(activityProblem({ ...valid, ...change }, options)).toBeUndefined();
    });
  });
});

// The check is hand-written for speed; the schema below states the same rules declaratively and
// stays here as the reference: both must accept and refuse the same activities, naming the same field.
const id = z.string().min(1).max(1024);
const account = z.looseObject({ id });
const optionalArray = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max).nullish();
const entity = z
  .looseObject({ type: z.string().max(256) })
  .refine((e) => e.type !== 'mention' || (typeof e.mentioned === 'object' && e.mentioned !== null && typeof (e.mentioned as { id?: unknown }).id === 'string'));
const referenceShape = z.looseObject({
  type: z.string().min(1).max(64),
  channelId: z.string().min(1).max(64),
  conversation: z.looseObject({ id }),
  from: account,
  recipient: account,
  serviceUrl: z.string().max(2048).nullish(),
  deliveryMode: z.string().max(32).nullish(),
  id: z.string().max(1024).nullish(),
  replyToId: z.string().max(1024).nullish(),
  text: z.string().nullish(),
  textFormat: z.string().max(32).nullish(),
  locale: z.string().max(64).nullish(),
  name: z.string().max(256).nullish(),
  attachments: optionalArray(z.looseObject({ contentType: z.string().max(256) }), 50),
  entities: optionalArray(entity, 100),
  membersAdded: optionalArray(account, 1000),
  membersRemoved: optionalArray(account, 1000),
  channelData: z.record(z.string(), z.unknown()).nullish(),
});

function referenceProblem(body: unknown): string | undefined {
  const result = referenceShape.safeParse(body);
  if (result.success) return undefined;
  const path = result.error.issues[0]!.path;
  return `${path.length ? path.map(String).join('.') : 'body'} is missing or malformed`;
}

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be reproduced. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIELDS = [
  'type', 'channelId', 'conversation', 'from', 'recipient', 'serviceUrl', 'deliveryMode', 'id', 'replyToId', 'text',
  'textFormat', 'locale', 'name', 'attachments', 'entities', 'membersAdded', 'membersRemoved', 'channelData', 'other',
];

/** Values that sit on either side of each rule: wrong types, empty, at and over each length limit, nested shapes. */
function oddValue(next: () => number): unknown {
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  const text = () => 'x'.repeat(pick([0, 1, 31, 32, 33, 63, 64, 65, 255, 256, 257, 1023, 1024, 1025, 2048, 2049]));
  const shapes: (() => unknown)[] = [
    () => undefined,
    () => null,
    () => pick([0, 7, true, false]),
    text,
    () => [],
    () => ({}),
    () => ({ id: pick([text(), 7, null, undefined]) }),
    () => ({ contentType: pick([text(), 7, null]) }),
    () => Array.from({ length: pick([0, 1, 2, 50, 51, 100, 101]) }, () => pick([{ id: 'a' }, { type: 'x', id: 'a', contentType: 'a' }])),
    () => [pick([{ type: 'mention' }, { type: 'mention', mentioned: pick([null, [], {}, { id: 3 }, { id: 'b' }, 'b']) }, { type: text() }, 'e', null, { id: '' }])],
    () => [{ contentType: text() }, pick([{ contentType: 'a' }, 'x', null, {}])],
    () => Array.from({ length: pick([1000, 1001]) }, () => ({ id: 'm' })),
    () => ({ constructor: 1, tenant: { id: 't' } }),
    () => pick(['http://127.0.0.1:9/', 'https://example.com/', 'not a url', 'file:///x']),
    () => 'expectReplies',
  ];
  return pick(shapes)();
}

/** Shape problems must match exactly; a shape that passes goes on to the serviceUrl rules in both. */
function expectSameVerdict(body: unknown): boolean {
  const expected = referenceProblem(body);
  const actual = activityProblem(body, authOn);
  const shown = JSON.stringify(body)?.slice(0, 500);
  if (expected) expect(actual, shown).toBe(expected);
  else expect(actual ?? '', shown).not.toMatch(/missing or malformed$/);
  return expected !== undefined;
}

describe('the hand-written check agrees with the reference schema', () => {
  it('on the valid activity and on bodies that are not objects', () => {
    expect(expectSameVerdict(valid)).toBe(false);
    for (const body of [null, undefined, 'activity', 42, [], [valid], {}]) expect(expectSameVerdict(body)).toBe(true);
  });

  it('on 20,000 activities with one to three fields changed', () => {
    const next = random(6);
    let refused = 0;
    for (let i = 0; i < 20_000; i++) {
      const body: Record<string, unknown> = { ...valid };
      const changes = 1 + Math.floor(next() * 3);
      for (let c = 0; c < changes; c++) body[FIELDS[Math.floor(next() * FIELDS.length)]!] = oddValue(next);
      if (expectSameVerdict(body)) refused++;
    }
    // Both outcomes must be well represented, or the comparison proves little.
    expect(refused).toBeGreaterThan(5_000);
    expect(refused).toBeLessThan(19_000);
  });
});
