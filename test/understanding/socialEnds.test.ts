// A greeting or a thanks around a remark the bot has no answer for is still a greeting or a thanks; a
// question after "Hi" is the question's, answered or not.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/kb/load.js';
import { Understanding } from '../../src/understanding/understand.js';
import { repoPath } from '../support/repo.js';

let understanding: Understanding;
beforeAll(async () => {
  understanding = new Understanding(await loadKnowledge(repoPath('knowledge')));
}, 60_000);

describe('small talk around a remark', () => {
  it.each([
    ["Good evening. Someone said you're a computer. I won't hold it against you.", 'greeting'],
    ['Hello there. My daughter set this up for me on the computer.', 'greeting'],
    ['Cheers. You explained it better than my doctor did, and without a parking fee.', 'thanks'],
    ['My granddaughter found you on the internet. Thank you kindly.', 'thanks'],
  ])('%j is answered as %s', (text, entryId) => {
    expect(understanding.read(text).intent).toEqual({ kind: 'entry', entryId });
  });

  it.each(['Hi. Is there parking?', 'Hello. How much does a session cost?'])('%j keeps its question', (text) => {
    expect(understanding.read(text).intent.kind).toBe('none');
  });
});
