// validator's e-mail check alone: the whole validator package costs ~9 MB of memory at start-up.
// validator accepts control characters inside a quoted local part ('"x\r\nBcc: y"@example.com'):
// those are refused first.
import isEmailModule from 'validator/lib/isEmail.js';
import { hasControlCharacters } from '../security/controlCharacters.js';

// The CommonJS module is the function itself; its `default` property (what the types describe) is the same function.
export const isEmail: (text: string) => boolean = (text) => !hasControlCharacters(text) && isEmailModule.default(text);
