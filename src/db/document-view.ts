import type { ClaimRecord, DocumentRecord, EntityType, QuoteRecord, SentenceRecord } from '../shared/records';
import type { FactmarkDb } from './database';
import { documentRecord, sentenceRecord } from './stored-document';

export interface DocumentView {
  doc: DocumentRecord;
  sentence: SentenceRecord | null;
  claims: ClaimRecord[];
  quotes: QuoteRecord[];
  mentions: { entityId: string; name: string; type: EntityType; start: number; end: number }[];
}

/** A corpus document with what the corpus found in it, for the source view. */
export async function getDocumentView(db: FactmarkDb, docId: string, sentenceId: string | null): Promise<DocumentView | null> {
  const stored = await db.documents.get(docId);
  if (!stored) return null;
  const span = sentenceId === null ? undefined : stored.sentences.find((s) => s.id === sentenceId);
  const mentions: DocumentView['mentions'] = [];
  for (const entity of await db.entities.bulkGet(stored.entityIds)) {
    for (const m of entity?.mentions ?? []) {
      if (m.docId === docId) mentions.push({ entityId: entity!.id, name: entity!.name, type: entity!.type, start: m.start, end: m.end });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return {
    doc: documentRecord(stored),
    sentence: span ? sentenceRecord(stored, span) : null,
    claims: stored.claims,
    quotes: stored.quotes,
    mentions,
  };
}
