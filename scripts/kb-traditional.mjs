// npm run kb:traditional -- writes the Traditional Chinese knowledge files from the Simplified ones with
// OpenCC (Simplified -> Traditional, Hong Kong forms), keeping every key and id. Run it after changing a
// zh-Hans file; then have a Traditional Chinese reader check the result (the files say reviewed: false).
// Files: knowledge/messages/zh-Hans.yaml -> zh-Hant.yaml, knowledge/translations/zh-Hans.yaml -> zh-Hant.yaml.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { parse, stringify } from 'yaml';

const root = path.resolve(import.meta.dirname, '..', 'knowledge');
const convertScript = OpenCC.Converter({ from: 'cn', to: 'hk' });
/** One Simplified character stands for several Traditional ones; the converter picks wrongly in these words. */
const CORRECTIONS = [['幹針', '乾針']];
const toTraditional = (text) => CORRECTIONS.reduce((out, [wrong, right]) => out.replaceAll(wrong, right), convertScript(text));
/** Keys whose values are names or codes, never Chinese text. */
const KEEP = new Set(['kind', 'language', 'id', 'reviewed']);

function convert(value, key) {
  if (typeof value === 'string') return KEEP.has(key) ? value : toTraditional(value);
  if (Array.isArray(value)) return value.map((item) => convert(item));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, k)]));
  return value;
}

for (const folder of ['messages', 'translations']) {
  const source = path.join(root, folder, 'zh-Hans.yaml');
  const target = path.join(root, folder, 'zh-Hant.yaml');
  const converted = { ...convert(parse(readFileSync(source, 'utf8'))), language: 'zh-Hant', reviewed: false };
  const header = [
    '# yaml-language-server: $schema=../../schema/knowledge.schema.json',
    `# Written by npm run kb:traditional from ${folder}/zh-Hans.yaml (OpenCC, Hong Kong forms). Edit the Simplified`,
    '# file and run it again; corrections made here by a Traditional Chinese reviewer are lost on the next run,',
    '# so make them in the Simplified file where they apply to both, or keep this file and stop converting.',
  ].join('\n');
  writeFileSync(target, `${header}\n${stringify(converted, { lineWidth: 0 })}`);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
