// E-mail addresses and phone numbers in free text: the contact details the logs and the insights
// review both mask, found one way so that neither lets through what the other catches.

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// International numbers written with a plus: +44 20 7946 0958.
const INTERNATIONAL_PHONE = /\+\d{1,3}(?:[\s.-]?\d{2,4}){2,5}(?!\w)/g;
// North American numbers with or without separators, optional country code, optional extension;
// digits glued to other digits or letters (ids, timestamps) are left alone.
const PHONE = /(?<![\w+])(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}(?:\s*(?:x|ext\.?)\s*\d{1,5})?(?!\w)/gi;

/** `text` with e-mail addresses and phone numbers replaced by the given placeholders. */
export function maskContactDetails(text: string, placeholders: { email: string; phone: string }): string {
  return text.replace(EMAIL, placeholders.email).replace(INTERNATIONAL_PHONE, placeholders.phone).replace(PHONE, placeholders.phone);
}
