// What a whole message asks, beyond its words one by one: a greeting or a thanks around a remark the bot has
// no answer for is still a greeting or a thanks (a question after "Hi" is the question's, answered or not);
// saying when one can come is asking to come; a story's question decides what the story leaves unread.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/kb/load.js';
import { Understanding } from '../../src/understanding/understand.js';
import { testModelCache } from '../support/modelCache.js';
import { repoPath } from '../support/repo.js';

let understanding: Understanding;
beforeAll(async () => {
  understanding = new Understanding(await loadKnowledge(repoPath('knowledge')), testModelCache());
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

describe('a question in Chinese or Gurmukhi wrapped in an English thanks', () => {
  it.each([
    ['主要治哪些毛病 列一下 thx', 'ims-conditions'],
    ['要扎几次 thanks', 'ims-sessions'],
  ])('%j is answered as %s', (text, entryId) => {
    expect(understanding.read(text).intent).toEqual({ kind: 'entry', entryId });
  });
});

describe('the name alone, in any script', () => {
  // Its other names too: the synonyms fold "dry needling" and "intramuscular stimulation" onto "ims".
  it.each(['IMS??', 'ਆਈਐਮਐਸ??', 'ਆਈ.ਐਮ.ਐਸ?', '爱姆爱斯？', 'dry needling??', 'Intramuscular stimulation?', 'hi, the needle thing?'])('%j asks what IMS is', (text) => {
    expect(understanding.read(text).intent).toEqual({ kind: 'entry', entryId: 'ims-what' });
  });
});

describe('romanized Hindi and Urdu-flavoured Punjabi the English ranker reads nothing in', () => {
  it.each([
    ['kitni sittings lagti hai IMS ki', 'ims-sessions'],
  ])('%j is answered as %s', (text, entryId) => {
    expect(understanding.read(text).intent).toEqual({ kind: 'entry', entryId });
  });
});

describe('small talk in words the ranker never indexed', () => {
  // The classifier learnt "bud", "aight"; the ranker finding no entry at all is no reason to say "I don't know".
  it.each([
    ['cheers bud', 'thanks'],
    // Caribbean English's greeting and thanks.
    ['wah gwaan!', 'greeting'],
    ['bless up, tank yu', 'thanks'],
    ['aight im off', 'goodbye'],
    ['later bud', 'goodbye'],
    // "po": the politeness of English written by Tagalog speakers.
    ['sige, tnx po', 'thanks'],
    // A letter held down for emphasis; Chinese chat's "thank you" (三Q).
    ['yooo', 'greeting'],
    ['3q', 'thanks'],
    // A formal thanks; a sailor's hello.
    ['much obliged!', 'thanks'],
    ['ahoy!', 'greeting'],
    // The Sikh greeting by its initials (Waheguru Ji Ka Khalsa, Waheguru Ji Ki Fateh).
    ['wjkk wjkf', 'greeting'],
  ])('%j is answered as %s', (text, entryId) => {
    expect(understanding.read(text).intent).toEqual({ kind: 'entry', entryId });
  });

  it.each(['asdfgh qwerty', 'the weather is nice today'])('%j is still not understood', (text) => {
    expect(understanding.read(text).intent.kind).toBe('none');
  });
});

describe('putting a decision off', () => {
  // All the message, at any length and near whatever topic: an acknowledgement (a friendly word, no "I don't know"),
  // and a "no" where a booking step asks yes or no.
  it.each(['ok let me think about it', 'ਮੈਂ ਸੋਚ ਕੇ ਦੱਸਾਂਗੀ', '我考虑一下', '等我諗下'])('%j is acknowledged', (text) => {
    expect(understanding.read(text).intent).toEqual({ kind: 'entry', entryId: 'thanks' });
  });

  it('a question after it is still the question: "let me think about it. how many sessions would I need?"', () => {
    expect(understanding.read('let me think about it. how many sessions would I need?').intent).toEqual({ kind: 'entry', entryId: 'ims-sessions' });
  });
});

describe('saying when one can come', () => {
  it.each([
    "Right. I'd like somebody to look at this knee. Afternoons suit me, I finish work at two.",
    'and my husband says any weekday after 5 works for him too',
    // Punjabi and Chinese: a day or part of the day, and room or coming then.
    'ਬੁੱਧਵਾਰ ਦੁਪਹਿਰ ਨੂੰ ਕੋਈ ਸਲਾਟ ਹੈ?',
    'ਅੱਜ ਸ਼ਾਮ ਪੰਜ ਵਜੇ ਆ ਜਾਵਾਂ?',
    'parso savere dikha sakde?',
    '周四晚上有没有时间',
    // A clock time in digits amid Gurmukhi: the English ranker saw only the "5", which is no reason to doubt it.
    'ਅਪਾਇੰਟਮੈਂਟ ਲੈਣੀ ਆ। ਸ਼ੁੱਕਰਵਾਰ 11 ਵਜੇ।',
    // Right now.
    'hune aa sakdi aan? Ladner ton aa rahi',
  ])('%j is a booking request', (text) => {
    expect(understanding.read(text).intent).toEqual({ kind: 'booking' });
  });

  it('a question the bot answers stands: "does IMS work better in the morning?"', () => {
    expect(understanding.read('does IMS work better in the morning or the evening?').intent.kind).not.toBe('booking');
  });

  // "ਅੱਜ ਕੱਲ੍ਹ", "aj kal" (today, tomorrow) said together: these days, no time to come.
  it.each(['ਰੋਜ਼ ਆ ਸਕਦਾ ਹਾਂ? ਵਿਹਲਾ ਹਾਂ ਅੱਜ ਕੱਲ੍ਹ', 'aj kal vehle haan, roz aa sakde?'])('%j says how often one is free, not when to come', (text) => {
    expect(understanding.read(text).intent.kind).not.toBe('booking');
  });

  it.each(['no appointments for me please, I only want to know if IMS hurts', "need to cancel thursday's appointment, sorry", '唔好意思，我要取消星期四嘅預約'])(
    '%j refuses or gives up a visit: no booking',
    (text) => {
      expect(understanding.read(text).intent.kind).not.toBe('booking');
    },
  );
});

describe('a question after a story', () => {
  // The story's words outweigh the question's when the whole message is read; its question alone is clear.
  it.each([
    ["Our basement flooded last week, the insurance adjuster came twice and the contractor still hasn't called back. Does it hurt much?", 'ims-sensation'],
    ['I coach under-nines soccer, run the concession stand, and do my own taxes. Who actually does the needling at your clinic?', 'ims-practitioner'],
    ['我個仔讀緊大學，個女下個月結婚，屋企好多嘢做。呢個治療痛唔痛㗎？', 'ims-sensation'],
    ['main taxi chalaunda haan, raat di shift, din nu sonda. bachyan da school vi. ICBC IMS cover karda?', 'ims-coverage'],
    // A question sentence that still tells the story: its last clause asks.
    ['Worked thirty years on the fishing boats, hauled nets every day. My nephew says your clinic does this IMS thing, would it help my stiff shoulders?', 'ims-conditions'],
    // A story can read as wanting to come in ("my physio wants me to try IMS"), unsurely: its question is surer.
    ["Long story short: I'm a line cook, on my feet ten hours a day, and my calf has been knotting up for a month. My physio wants me to try IMS. How many sessions till it lets go? Holiday rush starts in three weeks and nobody can cover my shifts", 'ims-sessions'],
    // Punjabi asks with a question word before the verb, and often no question mark.
    ['ਘਰਵਾਲੀ ਕਹਿੰਦੀ ਸੂਈਆਂ ਲਵਾ ਲੈ, ਮੈਂ ਸਾਰਾ ਦਿਨ ਟੈਕਸੀ ਚਲਾਉਂਦਾ। ਮੇਰੇ ਵਰਗੇ ਨੂੰ ਕਿੰਨੇ ਕੁ ਸੈਸ਼ਨ ਲੱਗਣਗੇ ਦੱਸੋ', 'ims-sessions'],
    // A greeting before the story, and a Chinese question with no question mark (会不会): not the greeting.
    ['你好，我是小王的奶奶。孙子在多伦多读书，叫我自己上网问。我脖子不太好，听说有种针叫IMS，想问一下一个星期可以扎几次，扎多了会不会不好', 'ims-frequency'],
    // Every sentence asks: the one question read surely, when no other is surely one the bot does not answer.
    ['is the clinic up in north delta? far from scottsdale?', 'clinic-about'],
  ])('%j is answered as %s', (text, entryId) => {
    expect(understanding.read(text).intent).toEqual({ kind: 'entry', entryId });
  });

  it('a question the knowledge base does not answer stays unanswered after a story', () => {
    expect(understanding.read("Our basement flooded last week and the contractor still hasn't called back. Where do I park when I come?").intent.kind).toBe('none');
  });
});

describe('asking about languages the bot does not speak', () => {
  // Told which languages it speaks (and offered them), not "I don't know that one"; a greeting in another language
  // that names one asks for it too.
  it.each(['is this chat available in German?', 'any Japanese?', '有冇韓文版？', 'what languages does this thing know', 'en español por favor, es para mi mamá', 'Do you speak French?', 'french?', 'ਕੀ ਤੁਸੀਂ ਸਪੈਨਿਸ਼ ਵਿੱਚ ਦੱਸ ਸਕਦੇ ਹੋ?', '有冇德語版？', '我阿嬤淨係識講台語，你哋得唔得？', 'german available?', 'do you speak amharic? my dad wants to talk to someone himself', 'Hallo, sprechen Sie Deutsch?', 'Spreekt u Nederlands?', 'boleh Bahasa Melayu?', 'anything in Mikmaq for my grandad?', '有冇葡萄牙文？', '有冇福州話？'])('%j gets the languages', (text) => {
    expect(understanding.read(text).intent).toEqual({ kind: 'entry', entryId: 'language' });
  });

  // A language's name before a people's, a cuisine's or a place's word says nothing about languages; nor does a word
  // that is one only by its spelling ("nail polish").
  it.each(['is there a good Korean bakery near you?', 'my Ukrainian neighbour said IMS helped her knees, does it work for hips?', 'anyone know where to buy gel polish wholesale around here?', 'can I bring an ASL interpreter to my appointment?'])('%j does not get the languages', (text) => {
    expect(understanding.read(text).intent).not.toEqual({ kind: 'entry', entryId: 'language' });
  });

  // Which languages the clinic's people speak is a question about the staff, which the bot cannot answer (the staff
  // topic says so), however the message is worded.
  it.each(['you have a physio who speak farsi? for my mother', 'does anyone on your front desk speak Cantonese? mum wants to call'])('%j is about the staff', (text) => {
    expect(understanding.read(text).intent).toEqual({ kind: 'none', topic: 'staff' });
  });

  // "in French" asks for the language, whatever the rest of the message is about.
  it('"talk to me in French, studying for my final" gets the languages', () => {
    expect(understanding.read('talk to me in french haha, studying for my french final 🇫🇷').intent).toEqual({ kind: 'entry', entryId: 'language' });
  });

  it('"explain in Punjabi for grandma" switches to Punjabi', () => {
    expect(understanding.read('can u explain in punjabi for my bebe, oh pind ton aaye ne').intent).toEqual({ kind: 'control', control: { act: 'language', language: 'pa' } });
  });

  // The language asked for decides, not another one named in passing, nor an answer the rest reads as unsurely.
  it.each(["could you go over it in korean for my aunt, her english isn't great", 'could you explain the needling in tagalog for my lola'])('%j gets the languages', (text) => {
    expect(understanding.read(text).intent).toEqual({ kind: 'entry', entryId: 'language' });
  });

  it('"explain in Punjabi for my dad, his English is weak" switches to Punjabi', () => {
    expect(understanding.read('explain in punjabi for my dad, his english is weak').intent).toEqual({ kind: 'control', control: { act: 'language', language: 'pa' } });
  });

  it('"what can you do" is still answered with what the bot can do', () => {
    expect(understanding.read('what can you do').intent).toEqual({ kind: 'entry', entryId: 'help' });
  });
});

describe('confused about something is no confusion', () => {
  // "confuse ho rahe ne dono ton" (getting the two mixed up) is a question about the two, not a stroke's confusion.
  it('"are a chiro and a physio the same? dad is mixing the two up" gets no 911', () => {
    expect(understanding.read('chiro te physio same aa? dad confuse ho rahe ne dono ton').safety.outcome).toBe('calm');
  });
});

describe('Chinese with pinyin for the characters one cannot write', () => {
  // Read as Chinese is read (the classifier decides), not by the English ranker that sees half of it.
  it.each([
    ['zhen jiu he IMS you shen me qu bie? 我爸想知道', 'ims-vs-acupuncture'],
  ])('%j is answered as %s', (text, entryId) => {
    expect(understanding.read(text).intent).toEqual({ kind: 'entry', entryId });
  });
});

describe('IMS spelt out in Chinese characters (as voice typing writes it)', () => {
  it.each([
    ['爱姆爱斯到底是干什么的', 'ims-what'],
    ['我想了解一下艾姆艾斯', 'ims-what'],
    ['爱慕爱死是药吗', 'ims-what'],
  ])('%j is answered as %s', (text, entryId) => {
    expect(understanding.read(text).intent).toEqual({ kind: 'entry', entryId });
  });
});

describe('Gurmukhi typed without spaces', () => {
  // Split into the words the bot knows before anything reads it: the safety check first.
  it('"ਮੇਰੀਮਾਂਡਿੱਗਪਈਬੋਲਦੀਨਹੀਂ ਮੂੰਹਟੇਢਾਹੋਗਿਆ" (mother fell, not speaking, mouth crooked) gets the 911 reply', () => {
    expect(understanding.read('ਮੇਰੀਮਾਂਡਿੱਗਪਈਬੋਲਦੀਨਹੀਂ ਮੂੰਹਟੇਢਾਹੋਗਿਆ').safety).toMatchObject({ outcome: 'emergency', category: 'stroke' });
  });

  it('"ਮੇਰੇਪਾਪਾਜੀਨੂੰਗੋਡਿਆਂਦੀਦਰਦਆ ਇਹਦੇਨਾਲਠੀਕਹੋਜੂ" (knee pain, will this fix it) is answered', () => {
    expect(understanding.read('ਮੇਰੇਪਾਪਾਜੀਨੂੰਗੋਡਿਆਂਦੀਦਰਦਆ ਇਹਦੇਨਾਲਠੀਕਹੋਜੂ').intent).toEqual({ kind: 'entry', entryId: 'ims-benefits' });
  });
});
