import type { CorpusPack, DocumentRecord } from '../shared/records';
import { textKeyOf } from './text-key';

/** What the corpus holds, to tell a document it has: ids, and texts by key (see textKeyOf). */
export interface KnownDocuments {
  ids: ReadonlySet<string>;
  textKeys: ReadonlySet<string>;
}

/**
 * A pack without the documents the corpus already holds, and each of its
 * documents once: by id (a user's document's id is its title and text hashed,
 * so the same article chosen again has the id it had) or by text (the same
 * article under another title, or the default corpus's article pasted).
 * Storing one again would index it twice, and removing it would leave one
 * copy behind. Records are kept once each by id; entities keep the mentions
 * of the documents kept, and those with none left are dropped.
 */
export function packWithout(
  pack: CorpusPack,
  known: KnownDocuments,
  keyOf: (doc: DocumentRecord) => string = (doc) => textKeyOf(doc.text),
): { pack: CorpusPack; skipped: number } {
  const kept = new Set<string>();
  const keptTexts = new Set<string>();
  const documents = pack.documents.filter((d) => {
    if (known.ids.has(d.id) || kept.has(d.id)) return false;
    const textKey = keyOf(d);
    if (known.textKeys.has(textKey) || keptTexts.has(textKey)) return false;
    kept.add(d.id);
    keptTexts.add(textKey);
    return true;
  });
  const skipped = pack.documents.length - documents.length;
  if (!skipped) return { pack, skipped };
  const ofKept = <T extends { id: string; docId: string }>(records: T[]): T[] => {
    const seen = new Set<string>();
    return records.filter((r) => kept.has(r.docId) && !seen.has(r.id) && Boolean(seen.add(r.id)));
  };
  const entities = pack.entities.flatMap((entity) => {
    const seen = new Set<string>();
    const mentions = entity.mentions.filter((m) => {
      const key = `${m.docId}:${m.start}:${m.end}`;
      return kept.has(m.docId) && !seen.has(key) && Boolean(seen.add(key));
    });
    return mentions.length ? [{ ...entity, mentions }] : [];
  });
  return {
    pack: { ...pack, documents, sentences: ofKept(pack.sentences), entities, claims: ofKept(pack.claims), quotes: ofKept(pack.quotes) },
    skipped,
  };
}
