// validator's e-mail check alone: the whole validator package costs ~9 MB of memory at start-up.
import isEmailModule from 'validator/lib/isEmail.js';

// The CommonJS module is the function itself; its `default` property (what the types describe) is the same function.
export const isEmail: (text: string) => boolean = (text) => isEmailModule.default(text);
