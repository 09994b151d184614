// The safety lexicon's phrase search: a phrase's words in order, in one sentence, a few words apart at most.
import { describe, expect, it } from 'vitest';
import { PhraseIndex } from '../../../src/understanding/safety/phraseIndex.js';
import { tokenize } from '../../../src/understanding/text/tokens.js';

const TERMS = { maxGap: 3, optionalWords: true, compare: 'stem' } as const;

function found(phrases: readonly string[], message: string): string[] {
  const index = new PhraseIndex<string>(TERMS);
  for (const phrase of phrases) index.add(phrase, phrase);
  return index.find(tokenize(message)).map((hit) => `${hit.value}@${hit.words.join(',')}`);
}

describe('PhraseIndex', () => {
  it.each([
    ['words a few apart', ['chest pain'], 'my chest has this awful pain', ['chest pain@1,5']],
    ['too far apart', ['chest pain'], 'my chest is fine but my knee has had some pain', []],
    ['not across sentences', ['chest pain'], 'my chest. pain in the knee', []],
    ['words joined by + stand side by side', ['no+breathing'], 'no, he is breathing', []],
    ['a gap never skips a negation', ['lips swollen'], 'lips not swollen', []],
    ['the nearest second word is taken', ['chest pain'], 'chest pain and more pain', ['chest pain@0,1']],
    ['a number stands for {n}', ['took {n} pills'], 'i took 30 pills', ['took {n} pills@1,2,3']],
    ['one word alone', ['fainted'], 'she fainted', ['fainted@1']],
    // Many phrases share a first word: each is reported once per start, in the order the phrases were added.
    ['phrases sharing a first word, in the order added', ['pain arm', 'pain', 'pain chest', 'pain leg'], 'pain in chest and arm', ['pain arm@0,4', 'pain@0', 'pain chest@0,2']],
    ['each start position', ['pain'], 'pain here, pain there', ['pain@0', 'pain@2']],
  ] as const)('%s', (_, phrases, message, hits) => {
    expect(found(phrases, message)).toEqual(hits);
  });
});
