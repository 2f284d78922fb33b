import type { ClaimRecord, DocumentRecord, EntityType, QuoteRecord, SentenceRecord } from '../shared/records';
import type { FactmarkDb } from './database';

export interface DocumentView {
  doc: DocumentRecord;
  sentence: SentenceRecord | null;
  claims: ClaimRecord[];
  quotes: QuoteRecord[];
  mentions: { entityId: string; name: string; type: EntityType; start: number; end: number }[];
}

/** A corpus document with what the corpus found in it, for the source view. */
export async function getDocumentView(db: FactmarkDb, docId: string, sentenceId: string | null): Promise<DocumentView | null> {
  const doc = await db.documents.get(docId);
  if (!doc) return null;
  const [sentence, claims, quotes] = await Promise.all([
    sentenceId ? db.sentences.get(sentenceId) : undefined,
    db.claims.where('docId').equals(docId).toArray(),
    db.quotes.where('docId').equals(docId).toArray(),
  ]);
  const mentions: DocumentView['mentions'] = [];
  // Entities are not indexed by document: one pass over them, for one page view, is fine.
  await db.entities.each((entity) => {
    for (const m of entity.mentions) {
      if (m.docId === docId) mentions.push({ entityId: entity.id, name: entity.name, type: entity.type, start: m.start, end: m.end });
    }
  });
  return { doc, sentence: sentence?.docId === docId ? sentence : null, claims, quotes, mentions };
}
