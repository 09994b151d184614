// Greetings, thanks and acknowledgements that people wrap around a real question ("hi! quick one - is this
// covered by MSP? thanks"). They are removed when something else is left; alone they are the message, and
// then their kind says which small-talk entry answers it if the ranking finds none.

export type WrapperKind = 'greeting' | 'thanks' | 'goodbye' | 'acknowledgement';

export const WRAPPER_PHRASES: Readonly<Record<WrapperKind, readonly string[]>> = {
  greeting: [
    'hi', 'hii', 'hiii', 'hello', 'helo', 'hallo', 'hey', 'heya', 'hiya', 'howdy', 'greetings', 'yo', 'dear', 'sup',
    'hi there', 'hello there', 'hey there', 'good morning', 'good afternoon', 'good evening', 'good day', 'morning',
    'how are you', 'how are you doing', 'hope you are well', 'hope you are doing well', 'heyy', 'heyyy', 'hey all', 'hi all',
    'hey folks', 'hi folks', 'hello everyone', 'anyone there', 'is anyone there', 'anybody there', 'is anybody there',
    // Jamaican Patois: "what's going on".
    'wah gwaan', 'wa gwaan', 'wagwan', 'whagwan',
  ],
  thanks: [
    'thanks', 'thank you', 'thank u', 'thankyou', 'thanx', 'thnx', 'tysm', 'many thanks', 'thanks a lot', 'thanks so much',
    'thank you so much', 'thank you very much', 'thanks in advance', 'in advance', 'cheers', 'appreciate it', 'much appreciated',
    'thanks for your help', 'thank you for your help', 'thanks for the help', 'thanks for the info', 'thanks for the information',
    'for your help', 'for your time', 'that helps', 'that helped', 'that was helpful', 'very helpful', 'helpful',
    // Caribbean English; praise said as thanks.
    'tank you', 'tank yu', 'tanks', 'bless up',
    'you are a gem', 'you are a star', 'you are the best', 'you are a legend',
  ],
  goodbye: ['bye', 'goodbye', 'bye bye', 'see you', 'see ya', 'cya', 'take care', 'have a nice day', 'have a good day', 'good night',
    'have a good one', 'have a great day', 'talk later', 'catch you later', 'later', 'see you later', 'bye for now',
    'got to go', 'have to go', 'i have to go', 'i am done', 'i am off', 'that is all', 'that is all for now', 'that is it for me',
    'no more questions', 'signing off', 'gn', 'gnite', 'night night', 'nighty night',
    'peace out',
    // Chinese chat's "bye-bye" (八八, 八八了) typed as digits.
    '88', '886'],
  acknowledgement: [
    'ok', 'okay', 'k', 'great', 'cool', 'awesome', 'perfect', 'nice', 'sure', 'yes', 'yeah', 'yep', 'alright', 'all right',
    'got it', 'i see', 'sorry', 'excuse me', 'one more thing', 'another question', 'one more question', 'also', 'oh', 'ah', 'wow', 'lol', 'haha',
  ],
};
