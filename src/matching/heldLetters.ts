// A letter typed three times or more ("sooo", "pleeease"): no English word has one, so it is a letter held down for
// emphasis, and the word is one of the forms with the letter typed twice or once.

const HELD_LETTER = /([a-z])\1\1/;
const HELD_LETTERS = /([a-z])\1{2,}/g;

export function hasHeldLetter(text: string): boolean {
  return HELD_LETTER.test(text);
}

/** The forms the text may stand for, the letters held down typed twice first ("bleeeding" is "bleeding"), then once ("sooo" is "so"). */
export function heldLetterForms(text: string): [string, string] {
  return [text.replace(HELD_LETTERS, '$1$1'), text.replace(HELD_LETTERS, '$1')];
}
