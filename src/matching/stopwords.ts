// Words that carry little meaning for telling one question from another. They are not dropped but weighted
// low (see analyzer), so "what can you do" still means something while long questions are judged by content.
// Negations, question words and the prepositions that change an FAQ's meaning (after, before, during,
// between, without) are NOT here: "how often" vs "how many", "sore after" vs "hurt during" decide answers.
// "po" and "opo" are the politeness particles of English written by Tagalog speakers ("tnx po").

export const STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but if then so than too very of to in on at by for from with about into onto over under up down out off
  as is am are was were be been being do does did doing done have has had having
  i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers herself
  it its itself they them their theirs themselves this that these those there here
  can could will would shall should may might must ought
  get got gets getting go going goes gone let lets
  any some all each every such own just only also even still really actually basically literally
  please kindly okay ok oh um uh hmm well like kinda sorta maybe perhaps po opo
  wondering wonder curious quick question q asking ask tell know want wanted wants
  anything something thing things stuff bit lot kind kinds type types sort sorts
  someone somebody
  because since though although whether unless until till upon within via per else ever yet already almost quite rather
  pretty enough often-times therefore however anyway anyways besides hence thus whereas whose whom
  genuinely honestly seriously realistically truly totally simply asap btw tbh idk fyi generally approximately roughly
  im ive id youre thats theres`
    .split(/\s+/)
    .filter(Boolean),
);
