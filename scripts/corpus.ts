// npm run corpus -- build <dir> [--out pack.json]: builds a corpus pack from a folder of documents and its manifest.json.
import { writeFileSync } from 'node:fs';
import { buildPack } from '../src/corpus/build-pack';
import { parsePack } from '../src/corpus/validate-pack';
import { readAliasTable, readCorpusFolder } from './read-corpus-folder';

const [command, dir, ...rest] = process.argv.slice(2);
if (command !== 'build' || !dir) {
  console.error('usage: npm run corpus -- build <dir> [--out pack.json]');
  process.exit(2);
}
const out = rest[rest.indexOf('--out') + 1] ?? null;
const pack = parsePack(buildPack(readCorpusFolder(dir), { aliasTable: readAliasTable(dir) }));
const byType = Object.entries(
  pack.entities.reduce<Record<string, number>>((counts, e) => ({ ...counts, [e.type]: (counts[e.type] ?? 0) + 1 }), {}),
)
  .map(([type, n]) => `${n} ${type}`)
  .join(', ');
console.log(`pack ${pack.id}: ${pack.documents.length} documents, ${pack.sentences.length} sentences`);
console.log(`names: ${pack.entities.length} (${byType})`);
console.log(`claims: ${pack.claims.length}, quotes: ${pack.quotes.length}`);
if (rest.includes('--out') && out) {
  writeFileSync(out, JSON.stringify(pack, null, 2));
  console.log(`written to ${out}`);
}
