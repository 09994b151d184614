// Large knowledge bases for the matcher benchmark, generated the same way every run (seeded PRNG).
// Each synthetic entry has a few topic words of its own that recur in its ~10 questions of 5-12
// words, plus question starters and everyday health words shared with the real entries, so real
// messages find partial matches among them (the costly case), not an index full of strangers.

/** mulberry32: small, fast, and the same sequence for the same seed on every platform. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STARTERS = [
  'what is', 'how does', 'how do i', 'can i', 'is it ok to', 'why does', 'when should i', 'do you', 'does the',
  'how long does', 'how many', 'is there', 'what happens if', 'should i', 'will the', 'can you explain', 'tell me about',
  'what about', 'how often should', 'where do',
];

// Everyday words of a clinic's questions, shared across entries (and with the real KB).
const COMMON = `pain muscle needle session treatment therapy physio back neck shoulder knee hip arm leg foot hand wrist elbow
  ankle spine joint nerve tight sore stiff ache injury recovery exercise stretch massage heat ice rest sleep work sport
  running walking sitting posture doctor clinic appointment visit week day month time first after before during
  long short often many much better worse normal safe risk side effect result help feel hurt cause problem chronic acute
  tension release relief insurance plan cover cost pay health body blood skin bruise swelling twitch`.split(/\s+/).filter(Boolean);

// Topic words: each synthetic entry owns a few of these, as real entries own "coverage" or "aftercare".
const TOPICS = `abdominal achilles acupressure adhesion alignment allergy anatomy ankylosing arch arthritis assessment asthma
  balance bandage baseline biceps bladder bone bracing breathing bursitis calcium calf cartilage cast cervical circulation
  collagen compression concussion coordination cortisone cramp cushion cycling cyst dance degeneration dehydration
  diabetes diet disc dizziness ergonomic endurance fascia fatigue femur fever fibromyalgia flexibility fracture gait
  glute golf groin grip hamstring headache heel hernia hiking hockey hormone hydration hypermobility imaging immune
  inflammation insole jaw jogging keyboard kinesiology knuckle lactate ligament lumbar lymph magnesium mattress meniscus
  metabolism migraine mobility nutrition orthotic osteoporosis overuse oxygen paddling pelvis pillow pilates plantar
  pregnancy pressure protein pulse quadriceps radiating reflex rehabilitation relapse retraining rib rotator rowing
  sacrum scar sciatica scoliosis shin skiing snowboard soccer splint sprain squash strain stress surgery swimming
  tendon tennis thigh thoracic tingling toe trampoline trauma tremor ulnar ultrasound vertebra vitamin volleyball warmup
  weightlifting whiplash yoga zinc`.split(/\s+/).filter(Boolean);

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

function words(rand, count, topic) {
  const out = [];
  for (let i = 0; i < count; i++) out.push(rand() < 0.35 ? pick(rand, topic) : pick(rand, COMMON));
  return out;
}

function question(rand, topic) {
  const starter = pick(rand, STARTERS);
  const length = 5 + Math.floor(rand() * 8); // 5-12 words in all
  const rest = Math.max(2, length - starter.split(' ').length);
  const body = words(rand, rest, topic);
  body[Math.floor(rand() * body.length)] = pick(rand, topic); // every question names its topic
  return `${starter} ${body.join(' ')}`;
}

function sentence(rand, topic) {
  const body = words(rand, 8 + Math.floor(rand() * 8), topic).join(' ');
  return `${body[0].toUpperCase()}${body.slice(1)}.`;
}

/** `count` synthetic FAQ entries (ids syn-00001, ...), deterministic for a given seed. */
export function syntheticEntries(count, seed = 20250314) {
  const rand = seededRandom(seed);
  const entries = [];
  for (let i = 1; i <= count; i++) {
    const topic = [pick(rand, TOPICS), pick(rand, TOPICS), pick(rand, TOPICS)];
    const questionCount = 8 + Math.floor(rand() * 5); // ~10
    const questions = Array.from({ length: questionCount }, () => question(rand, topic));
    entries.push({
      id: `syn-${String(i).padStart(5, '0')}`,
      title: `${topic[0]} and ${topic[1]}`.slice(0, 40),
      questions,
      answer: [sentence(rand, topic), sentence(rand, topic), sentence(rand, topic)].join(' '),
      related: [],
      tags: ['synthetic'],
      appendContact: false,
      kind: 'faq',
    });
  }
  return entries;
}

/**
 * A Knowledge object of the same shape loadKnowledge returns: the real knowledge base plus
 * synthetic entries up to `totalEntries` entries in all.
 */
export function syntheticKnowledge(real, totalEntries, seed) {
  const extra = syntheticEntries(Math.max(0, totalEntries - real.entries.length), seed);
  const entries = [...real.entries, ...extra];
  // Everything but the entries is the real knowledge base's (controls, phrasings, translations, messages...).
  return { ...real, entries, byId: new Map(entries.map((e) => [e.id, e])) };
}
