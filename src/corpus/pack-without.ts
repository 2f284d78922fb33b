import type { CorpusPack } from '../shared/records';

/**
 * A pack without the documents the corpus already holds, and each of its
 * documents once. A document's id is its title and text hashed, so the same
 * article chosen again, or twice in one selection, has the id it had: storing
 * it again would index it twice, and removing it would leave one copy behind.
 * Records are kept once each by id; entities keep the mentions of the
 * documents kept, and those with none left are dropped.
 */
export function packWithout(pack: CorpusPack, stored: ReadonlySet<string>): { pack: CorpusPack; skipped: number } {
  const kept = new Set<string>();
  const documents = pack.documents.filter((d) => !stored.has(d.id) && !kept.has(d.id) && Boolean(kept.add(d.id)));
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
