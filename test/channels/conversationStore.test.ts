// The local Direct Line's conversations under pressure (issue 10: 5,000 token requests from a few
// hundred addresses locked every new visitor out for an hour). Opened-but-unused conversations go
// within minutes, one client holds only a few, and a full store still makes room.
import { describe, expect, it } from 'vitest';
import { ConversationLimitError, ConversationStore } from '../../src/channels/directline/conversationStore.js';

const MINUTE = 60_000;

function store(options: ConstructorParameters<typeof ConversationStore>[0] = {}) {
  let clock = Date.parse('2026-03-02T09:00:00Z');
  const conversations = new ConversationStore({ now: () => clock, ...options });
  let next = 0;
  const open = (client: string, used = false) => {
    const id = `c${next++}`;
    conversations.create(id, `u-${id}`, client);
    if (used) conversations.append(id, { type: 'message', text: 'hi', from: { id: `u-${id}`, role: 'user' } as never });
    return id;
  };
  return { conversations, open, advance: (ms: number) => (clock += ms) };
}

describe('local Direct Line conversations', () => {
  it('a full store of conversations nobody wrote in still opens one for the next visitor', () => {
    const { conversations, open } = store({ maxConversations: 50 });
    for (let i = 0; i < 50; i++) open(`203.0.113.${i % 25}`);
    const newcomer = open('198.51.100.7');
    expect(conversations.has(newcomer)).toBe(true);
    expect(conversations.size).toBe(50);
  });

  it('keeps the conversations people wrote in when the flood replaces the unused ones', () => {
    const { conversations, open } = store({ maxConversations: 20 });
    const inUse = open('198.51.100.1', true);
    for (let i = 0; i < 100; i++) open(`203.0.113.${i % 50}`);
    expect(conversations.has(inUse)).toBe(true);
  });

  it('forgets a conversation nobody wrote in after a few minutes, one in use only after an hour', () => {
    const { conversations, open, advance } = store();
    const unused = open('203.0.113.1');
    const inUse = open('198.51.100.1', true);
    advance(6 * MINUTE);
    expect(conversations.expireIdle()).toBe(1);
    expect(conversations.has(unused)).toBe(false);
    expect(conversations.has(inUse)).toBe(true);
    advance(55 * MINUTE);
    conversations.expireIdle();
    expect(conversations.has(inUse)).toBe(false);
  });

  it('keeps an unused conversation while its page is connected', () => {
    const { conversations, open, advance } = store();
    const watched = open('203.0.113.1');
    const stop = conversations.subscribe(watched, () => {});
    advance(30 * MINUTE);
    conversations.expireIdle();
    expect(conversations.has(watched)).toBe(true);
    stop();
  });

  it('lets one client hold only a few conversations: its oldest unused one goes, and when all are in use it is refused', () => {
    const { conversations, open } = store({ maxPerClient: 3 });
    const first = open('203.0.113.9');
    open('203.0.113.9');
    open('203.0.113.9');
    open('203.0.113.9');
    expect(conversations.has(first)).toBe(false);
    expect(conversations.size).toBe(3);

    const busy = store({ maxPerClient: 2 });
    busy.open('203.0.113.9', true);
    busy.open('203.0.113.9', true);
    expect(() => busy.open('203.0.113.9')).toThrow(ConversationLimitError);
    expect(() => busy.open('203.0.113.10')).not.toThrow();
  });

  it('when every conversation is in use, the one quiet for longest makes room, but not one active minutes ago', () => {
    const { conversations, open, advance } = store({ maxConversations: 3 });
    const quiet = open('198.51.100.1', true);
    advance(10 * MINUTE);
    open('198.51.100.2', true);
    open('198.51.100.3', true);
    const newcomer = open('198.51.100.4');
    expect(conversations.has(quiet)).toBe(false);
    expect(conversations.has(newcomer)).toBe(true);
    conversations.append(newcomer, { type: 'message', text: 'hi', from: { id: 'x', role: 'user' } as never });
    expect(() => open('198.51.100.5')).toThrow(ConversationLimitError);
  });

  it('closes the stream of a conversation it forgets to make room', () => {
    const { conversations, open } = store({ maxConversations: 2 });
    const watched = open('203.0.113.1');
    let ended = false;
    conversations.subscribe(watched, () => {}, () => (ended = true));
    open('203.0.113.2');
    open('203.0.113.3');
    expect(ended).toBe(true);
  });

  it('adopts a conversation it does not know for the token that names it: started, empty, numbered above the old watermarks', () => {
    const { conversations } = store();
    conversations.adopt('known-elsewhere', 'dl_user', '203.0.113.1');
    expect(conversations.ownerOf('known-elsewhere')).toBe('dl_user');
    expect(conversations.markStarted('known-elsewhere')).toBe(false);
    const { activities, watermark } = conversations.since('known-elsewhere', '12');
    expect(activities).toEqual([]);
    expect(Number(watermark)).toBeGreaterThan(1_000_000);
    conversations.append('known-elsewhere', { type: 'message', text: 'back', from: { id: 'bot', role: 'bot' } as never });
    expect(conversations.since('known-elsewhere', '12').activities.map((a) => a.text)).toEqual(['back']);
  });
});
