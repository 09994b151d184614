// A message of emoji alone is small talk people expect an answer to: "👍" is thanks, "👋" is hello.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/kb/load.js';
import { Understanding } from '../../src/understanding/understand.js';
import { testModelCache } from '../support/modelCache.js';
import { repoPath } from '../support/repo.js';

let understanding: Understanding;
beforeAll(async () => {
  understanding = new Understanding(await loadKnowledge(repoPath('knowledge')), { wordnet: false, ...testModelCache() });
}, 60_000);

describe('emoji on their own', () => {
  it.each([
    ['👍', 'thanks'],
    ['👍🏽', 'thanks'],
    ['🙏🙏', 'thanks'],
    ['❤', 'thanks'],
    ['👋', 'greeting'],
  ])('%j is read as %s', (text, entryId) => {
    expect(understanding.read(text).intent).toEqual({ kind: 'entry', entryId });
  });

  it.each(['👋🙏', '🦄'])('%j, which means nothing or two different things, is not guessed', (text) => {
    expect(understanding.read(text).intent.kind).toBe('none');
  });

  it.each([
    ['👍', 'yes'],
    ['👎', 'no'],
  ])('%j answers a yes-or-no question with %s', (text, act) => {
    expect(understanding.read(text, { expecting: 'bookingOffer' }).intent).toEqual({ kind: 'control', control: { act } });
  });
});
