// libphonenumber-js with its full metadata: ~10 MB and ~0.1 s to load. It loads on the first phone number
// read or shown, not at start-up: most conversations never give one. Loaded through require (its CommonJS
// build), as reading a message is synchronous; every user of the library goes through here, so one copy loads.
import { createRequire } from 'node:module';
import type * as PhoneNumbers from 'libphonenumber-js/max';

const require = createRequire(import.meta.url);
let library: typeof PhoneNumbers | undefined;

export function phoneNumbers(): typeof PhoneNumbers {
  library ??= require('libphonenumber-js/max') as typeof PhoneNumbers;
  return library;
}
