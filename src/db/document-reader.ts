import type { ClaimRecord, QuoteRecord, SentenceRecord } from '../shared/records';
import type { FactmarkDb } from './database';
import { docIdOf, sentenceRecord, type StoredDocument } from './stored-document';

/**
 * Reads stored documents for one request, each at most once, and the
 * sentences, claims and quotes inside them by id (the id names the document).
 */
export class DocumentReader {
  private readonly docs = new Map<string, Promise<StoredDocument | undefined>>();

  constructor(private readonly db: FactmarkDb) {}

  get(docId: string): Promise<StoredDocument | undefined> {
    return this.read([docId])[0];
  }

  /** The documents, those not read yet in one `bulkGet`. */
  read(docIds: readonly string[]): Promise<StoredDocument | undefined>[] {
    const missing = [...new Set(docIds.filter((id) => !this.docs.has(id)))];
    if (missing.length) {
      const batch = this.db.documents.bulkGet(missing);
      missing.forEach((id, i) => this.docs.set(id, batch.then((docs) => docs[i])));
    }
    return docIds.map((id) => this.docs.get(id)!);
  }

  claims(ids: readonly string[]): Promise<Map<string, ClaimRecord>> {
    return this.parts(ids, (doc) => doc.claims);
  }

  quotes(ids: readonly string[]): Promise<Map<string, QuoteRecord>> {
    return this.parts(ids, (doc) => doc.quotes);
  }

  async sentences(ids: readonly string[]): Promise<Map<string, SentenceRecord>> {
    const out = new Map<string, SentenceRecord>();
    for (const [id, { doc, span }] of await this.parts(ids, (doc) => doc.sentences.map((span) => ({ id: span.id, doc, span })))) {
      out.set(id, sentenceRecord(doc, span));
    }
    return out;
  }

  private async parts<T extends { id: string }>(ids: readonly string[], of: (doc: StoredDocument) => T[]): Promise<Map<string, T>> {
    const wanted = new Set(ids);
    const docIds = [...new Set(ids.map(docIdOf))];
    const out = new Map<string, T>();
    for (const doc of await Promise.all(this.read(docIds))) {
      if (!doc) continue;
      for (const part of of(doc)) if (wanted.has(part.id)) out.set(part.id, part);
    }
    return out;
  }
}
