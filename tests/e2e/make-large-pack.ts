import { writeFileSync } from 'node:fs';
import { generateArticles } from '../../bench/synthetic/articles';
import { buildPack } from '../../src/corpus/build-pack';
import { PACK_FORMAT, PACK_VERSION, type CorpusPack } from '../../src/shared/records';

/**
 * A user pack file of `copies` × (`articles` generated articles plus `extra`),
 * built once and copied under new document ids (each copy's text marked): a corpus the size of a
 * newsroom archive without ingesting thousands of articles in the test.
 *
 * Run as a script (the corpus code reads JSON modules, which Playwright's
 * loader can't): `tsx make-large-pack.ts <out.json> <articles> <copies> <extra as JSON>`.
 */
export function largePackJson(extra: { title: string; outlet: string; published: string; text: string }, articles: number, copies: number): string {
  const base = buildPack(
    [
      ...generateArticles(articles, 7),
      { key: 'extra', meta: { title: extra.title, outlet: extra.outlet, published: extra.published }, raw: extra.text },
    ],
    { origin: 'user' },
  );
  const copy = (id: string, n: number) => (n === 0 ? id : id.replace(/^doc:([^#]+)/, `doc:$1-copy-${n}`));
  const pack: CorpusPack = { format: PACK_FORMAT, version: PACK_VERSION, id: `${base.id}-x${copies}`, documents: [], sentences: [], entities: [], claims: [], quotes: [] };
  for (let n = 0; n < copies; n++) {
    // Each copy's text its own (a line after the article): the same text is the same document, and is not added again.
    pack.documents.push(...base.documents.map((d) => ({ ...d, id: copy(d.id, n), text: n === 0 ? d.text : `${d.text}\n\nArchive copy ${n}.` })));
    pack.sentences.push(...base.sentences.map((s) => ({ ...s, id: copy(s.id, n), docId: copy(s.docId, n) })));
    pack.claims.push(...base.claims.map((c) => ({ ...c, id: copy(c.id, n), docId: copy(c.docId, n), sentenceId: copy(c.sentenceId, n) })));
    pack.quotes.push(...base.quotes.map((q) => ({ ...q, id: copy(q.id, n), docId: copy(q.docId, n), sentenceId: copy(q.sentenceId, n) })));
  }
  pack.entities = base.entities.map((e) => ({ ...e, mentions: Array.from({ length: copies }, (_, n) => e.mentions.map((m) => ({ ...m, docId: copy(m.docId, n) }))).flat() }));
  return JSON.stringify(pack);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, articles, copies, extra] = process.argv.slice(2);
  writeFileSync(out, largePackJson(JSON.parse(extra), Number(articles), Number(copies)));
}
