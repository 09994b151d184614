// The shape check in front of the bot: what real channels always send passes untouched; what
// botbuilder would trip over, or what would make the bot send requests to a stranger's address,
// is refused with the field's name (never its value).
import { describe, expect, it } from 'vitest';
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
    ])('refuses one %s', (_what, change, options, problem) => {
      expect(activityProblem({ ...valid, ...change }, options)).toBe(problem);
    });

    it.each([
      ['a Microsoft channel host with auth on', { serviceUrl: 'https://smba.trafficmanager.net/amer/' }, authOn],
      ['the Emulator on localhost with auth off', { serviceUrl: 'http://localhost:53127/' }, authOff],
      ['127.0.0.1 with auth off', { serviceUrl: 'http://127.0.0.1:9/' }, authOff],
      ['[::1] with auth off', { serviceUrl: 'http://[::1]:9/' }, authOff],
      ['none when replies come back in the response', { serviceUrl: undefined, deliveryMode: 'expectReplies' }, authOff],
    ])('accepts %s', (_what, change, options) => {
      expect(activityProblem({ ...valid, ...change }, options)).toBeUndefined();
    });
  });
});
