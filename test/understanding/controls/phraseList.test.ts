// The control reader's phrase lookup: a phrase is found when the message holds it as written (words in order,
// between word boundaries; Chinese inside the text), whichever of its words it is filed under.
import { describe, expect, it } from 'vitest';
import { canonical, messageText, phrase, PhraseList } from '../../../src/understanding/controls/phraseList.js';
import { tokenize } from '../../../src/understanding/text/tokens.js';

const key = (text: string) => canonical(tokenize(text));
const list = new PhraseList<string>();
for (const [text, value] of [
  ['forget my data', 'forget-me'],
  ['in french', 'french'],
  ['中文', 'zh'],
  ['ਪੰਜਾਬੀ ਵਿੱਚ', 'pa'],
] as const) {
  list.add(phrase(key(text)), value);
}
const read = (message: string) => messageText(tokenize(message));

describe('control phrases found by their words', () => {
  it.each([
    ['please forget my data now', ['forget-me']],
    ['Could you answer in French?', ['french']],
    ['可以用中文嗎', ['zh']],
    ['ਕੀ ਤੁਸੀਂ ਪੰਜਾਬੀ ਵਿੱਚ ਦੱਸ ਸਕਦੇ ਹੋ?', ['pa']],
    ['in french, and forget my data', ['french', 'forget-me']],
  ])('%j holds %j', (message, values) => {
    expect(list.found(read(message)).sort()).toEqual([...values].sort());
    expect(list.has(read(message))).toBe(true);
  });

  it.each([
    // The words all there, but not as the phrase: nothing.
    'my data, please forget it',
    'french fries in the break room',
    // A word that only starts like the phrase's.
    'in frenchtown',
    '',
  ])('%j holds none', (message) => {
    expect(list.found(read(message))).toEqual([]);
    expect(list.has(read(message))).toBe(false);
  });
});
