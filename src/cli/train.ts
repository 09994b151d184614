// npm run train [-- --by-writer]
// Trains the intent classifier and the safety model from knowledge/ (deterministic: a fixed seed, the same
// knowledge gives the same models) and keeps them in DATA_DIR/models, where the bot reads them back at
// start-up. Models are keyed by everything they were trained from, so after an edit of the knowledge base the
// bot never uses a stale one: it trains again by itself (hot reload included); this command does it ahead.
// --by-writer also reports how well the bot understands each writer it was not trained on.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../config.js';
import { KnowledgeError, loadKnowledge } from '../kb/load.js';
import { WordNet } from '../matching/wordnet.js';
import { ModelFileCache } from '../storage/modelFileCache.js';
import { Understanding } from '../understanding/understand.js';
import { evaluateByWriter, formatByWriter, type Output } from './kb-test.js';

const USAGE = 'usage: npm run train [-- --by-writer]';

export async function main(argv: readonly string[], output: Output = console): Promise<number> {
  const unknown = argv.filter((arg) => arg !== '--by-writer');
  if (unknown.length > 0) {
    output.error(`unknown option ${unknown[0]}; ${USAGE}`);
    return 2;
  }
  const config = loadConfig();
  try {
    const knowledge = await loadKnowledge(config.knowledgeDir);
    const dir = path.join(config.dataDir, 'models');
    const started = performance.now();
    const modelCache = new ModelFileCache(dir);
    // The ranker's relations through WordNet are kept beside the models, as the bot keeps them.
    new Understanding(knowledge, { wordnet: new WordNet(undefined, modelCache), modelCache });
    const phrasings = knowledge.phrasings.reduce((n, set) => n + Object.values(set.phrasings).flat().length, 0);
    const safety = knowledge.safety.examples.reduce((n, set) => n + Object.values(set.examples).flat().length, 0);
    output.log(
      `trained (or found up to date) in ${((performance.now() - started) / 1000).toFixed(1)} s: intents from ${knowledge.phrasings.length} writers' ${phrasings} phrasings and the knowledge base's questions; safety from ${knowledge.safety.examples.length} writers' ${safety} messages; kept in ${dir}`,
    );
    if (argv.includes('--by-writer')) for (const line of formatByWriter(evaluateByWriter(knowledge, new WordNet()))) output.log(line);
    return 0;
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    for (const problem of error.problems) output.error(problem);
    return 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
