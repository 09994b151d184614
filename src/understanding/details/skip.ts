// Declining an optional field (the e-mail address, the claim number). Naming the field ("no
// email", "ਈਮੇਲ ਨਹੀਂ", "冇電郵", "I don't have a claim number") declines it anywhere; a bare "no",
// "skip", "ਨਹੀਂ", "不用" only when that field was just asked. Yes and no elsewhere are the reading's
// control acts, not details.
import { Message } from './message.js';
import { anyOf, gurmukhi, han, latin } from './scripts.js';
import type { ExpectedDetail, FoundSkip, OptionalDetail } from './types.js';

const PA_NO = `(?:${gurmukhi('ਨਹੀਂ', 'ਕੋਈ ਨਹੀਂ', 'ਪਤਾ ਨਹੀਂ', 'ਹੈ ਨਹੀਂ', 'ਨਹੀਂ ਹੈ')}|${latin('nahi', 'nahin', 'nai', 'ni', 'koi nahi', 'koi nai', 'nahi pata', 'nai pata', 'ni pata', 'pata nahi')})`;
const ZH_NO = han('没有', '沒有', '冇', '无', '無', '不用', '唔使', '唔洗', '不要', '唔要', '跳过', '跳過', '不知道', '唔知', '未有', '还没有', '還沒有', '暂时没有', '暫時沒有', '暫時冇');

const NAMED: Record<OptionalDetail, RegExp> = {
  email: anyOf(
    latin(
      "(?:no|without(?: an?)?|(?:i )?(?:don't|dont|do not) have(?: an?| any)?|haven'?t got(?: an?)?|skip(?: the)?|(?:i'?d )?rather not (?:give|share)(?: my| an?)?|not giving(?: my| an?)?) e-?mail(?: address)?",
    ),
    `${gurmukhi('ਈਮੇਲ', 'ਈ-ਮੇਲ', 'ਕੋਈ ਈਮੇਲ')}\\s*${PA_NO}`,
    `${latin('e-?mail', 'koi e-?mail')}\\s*${PA_NO}`,
    `${ZH_NO}\\s*(?:${han('邮箱', '郵箱', '电邮', '電郵', '邮件', '郵件', '电子邮件', '電子郵件', '电子邮箱', '電子郵箱')}|${latin('e-?mail')})`,
  ),
  claimNumber: anyOf(
    latin(
      "(?:no|without(?: an?)?|(?:i )?(?:don't|dont|do not) (?:have|know)(?: an?| the| my| any)?|haven'?t got(?: an?| the)?|not sure (?:of|about)(?: the| my)?|skip(?: the)?) claim(?: number| no\\.?| #)?(?: yet)?",
    ),
    `${gurmukhi('ਕਲੇਮ', 'ਕਲੇਮ ਨੰਬਰ', 'ਦਾਅਵਾ ਨੰਬਰ')}\\s*${PA_NO}`,
    `${latin('claim', 'claim number')}\\s*${PA_NO}`,
    `${ZH_NO}\\s*(?:${han('索赔', '索償', '索偿', '理赔', '理賠')}|${latin('claim')})\\s*(?:${han('号码', '號碼', '编号', '編號', '号', '號')}|${latin('number')})?`,
  ),
};

/** A whole answer that declines the question just asked. */
const DECLINE = anyOf(
  `^(?:${latin(
    'skip(?: it| this)?',
    'no',
    'nope',
    'nah',
    'none',
    'no thanks',
    'no thank you',
    'n/a',
    'na',
    'pass',
    "(?:i'?d )?rather not",
    'prefer not to say',
    'not now',
    'later',
    'not yet',
    "(?:i )?(?:don't|dont|do not) have (?:one|it|any)(?: yet)?",
    "(?:i )?(?:don't|dont|do not) know(?: it)?",
    'dunno',
    'idk',
    'no idea',
    'not sure',
    'nahi ji',
    'ji nahi',
    'nahi hai',
    'nai hai',
    'chhad do',
    'chhado',
    'shad do',
    'skip karo',
    'haale nahi',
    'ajje nahi',
    'abhi nahi',
  )}|${PA_NO}|${gurmukhi('ਨਾ', 'ਛੱਡੋ', 'ਛੱਡ ਦਿਓ', 'ਛੱਡ ਦਿਉ', 'ਨਹੀਂ ਜੀ', 'ਜੀ ਨਹੀਂ', 'ਹਾਲੇ ਨਹੀਂ', 'ਅਜੇ ਨਹੀਂ', 'ਸਕਿੱਪ')}|${ZH_NO}|${han('不用了', '唔使喇', '唔使了', '冇呀', '不需要', '唔需要', '算了', '没有呢', '沒有呢', '不提供', '唔提供')})[\\s.!。！]*$`,
);

const isOptional = (field: ExpectedDetail | undefined): field is OptionalDetail => field === 'email' || field === 'claimNumber';

/** The optional field the person declines, if any (blanked out once found). */
export function findSkip(message: Message, expecting?: ExpectedDetail): FoundSkip | undefined {
  const order: OptionalDetail[] = expecting === 'claimNumber' ? ['claimNumber', 'email'] : ['email', 'claimNumber'];
  for (const field of order) {
    const hit = NAMED[field].exec(message.text);
    if (!hit) continue;
    message.blank(hit.index, hit.index + hit[0].length);
    return { field, span: message.span(hit.index, hit.index + hit[0].length) };
  }
  if (!isOptional(expecting)) return undefined;
  const rest = message.rest();
  if (!DECLINE.test(rest.text)) return undefined;
  const end = rest.start + rest.text.length;
  message.blank(rest.start, end);
  return { field: expecting, span: message.span(rest.start, end) };
}
