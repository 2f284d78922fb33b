import { readAliasTable, readCorpusFolder } from './scripts/read-corpus-folder';
import { buildPack } from './src/corpus/build-pack';
import { compileSegment, loadMatcher } from './src/match';
const pack = buildPack(readCorpusFolder('assets/corpus'), { aliasTable: readAliasTable('assets/corpus') });
const m = loadMatcher([compileSegment(pack)]);
const lines = process.argv.slice(2).length ? process.argv.slice(2) : (await import('node:fs')).readFileSync('/dev/stdin', 'utf8').split('\n').filter(Boolean);
for (const s of lines) {
  console.log('>>', s);
  for (const h of m.matchBlock(s, { pageDate: '2021-02-01' })) {
    const t = s.slice(h.start, h.end);
    if (h.kind === 'name') console.log('  name', JSON.stringify(t), h.entityId, h.matchType);
    else if (h.kind === 'claim') console.log('  claim', h.verdict, h.claimId, h.pageFigure, '|', h.corpusFigure, '|', h.reason, h.score);
    else console.log('  quote', h.verdict, JSON.stringify(t), JSON.stringify(h).slice(0, 300));
  }
}
