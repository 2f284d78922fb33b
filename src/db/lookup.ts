import { extractFigures } from '../figures/extract';
import { compatible, comparable } from '../match/figure-compare';
import type { Matcher } from '../match';
import type { LookupResponse } from '../shared/messages';
import type { CitedSentence } from '../shared/sources';
import { normalize, normalizeWithMap } from '../text/normalize';
import type { FactmarkDb } from './database';
import { getSourceContexts, toSourceRef } from './source-context';

const MAX_NAMES = 5;
const MAX_SENTENCES = 12;

/**
 * Answers a look-up across the whole corpus: names in any spelling (through
 * the matcher, so transliterations meet), phrases, and figures ("3,700
 * detained" finds 3,711). Each answer carries its quotes and sources.
 */
export async function lookup(db: FactmarkDb, matcher: Matcher, query: string): Promise<LookupResponse> {
  const q = query.trim();
  if (q.length < 2) return { query: q, names: [], sentences: [] };

  const needle = normalize(q);
  const entityIds = new Set(
    matcher
      .matchBlock(titleCase(q))
      .flatMap((h) => (h.kind === 'name' ? [h.entityId] : [])),
  );
  if (needle.length >= 3) {
    await db.entities.each((e) => {
      if (entityIds.size < MAX_NAMES && e.aliases.some((a) => normalize(a.text).startsWith(needle))) entityIds.add(e.id);
    });
  }
  const contexts = await getSourceContexts(db, [...entityIds].slice(0, MAX_NAMES));
  const names = Object.values(contexts).filter((c) => c.kind === 'name');

  const figures = extractFigures(q).filter((f) => f.unit !== 'year');
  const sentences: CitedSentence[] = [];
  const docs = new Map((await db.documents.toArray()).map((d) => [d.id, toSourceRef(d)]));
  if (figures.length) {
    for (const claim of await db.claims.toArray()) {
      const hit = claim.figures.find((cf) => figures.some((f) => comparable(f, cf) && compatible({ ...f, qualifier: 'about' }, cf)));
      const source = docs.get(claim.docId);
      if (hit && source && sentences.length < MAX_SENTENCES) {
        sentences.push({ sentenceId: claim.sentenceId, text: claim.text, highlight: { start: hit.start - claim.start, end: hit.end - claim.start }, source });
      }
    }
  } else if (needle.length >= 3) {
    await db.sentences.each((s) => {
      if (sentences.length >= MAX_SENTENCES) return;
      const { text, map } = normalizeWithMap(s.text);
      const at = text.indexOf(needle);
      const source = docs.get(s.docId);
      if (at >= 0 && source) sentences.push({ sentenceId: s.id, text: s.text, highlight: { start: map[at], end: map[at + needle.length - 1] + 1 }, source });
    });
  }
  return { query: q, names, sentences };
}

/** Names are matched where capitalised: a query typed in lower case is read as a name. */
function titleCase(text: string): string {
  return text.replace(/(^|[\s-])(\p{Ll})/gu, (_m, lead: string, letter: string) => lead + letter.toUpperCase());
}
