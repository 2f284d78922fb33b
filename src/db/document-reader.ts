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

  sentences(ids: readonly string[]): Promise<Map<string, SentenceRecord>> {
    return this.parts(ids, (doc) => doc.sentences, sentenceRecord);
  }

  /** The parts named by `ids`, in the documents the ids name, each made into what the caller wants. */
  private async parts<P extends { id: string }, T = P>(
    ids: readonly string[],
    of: (doc: StoredDocument) => P[],
    make: (doc: StoredDocument, part: P) => T = (_doc, part) => part as unknown as T,
  ): Promise<Map<string, T>> {
    const wanted = new Set(ids);
    const out = new Map<string, T>();
    for (const doc of await Promise.all(this.read([...new Set(ids.map(docIdOf))]))) {
      if (!doc) continue;
      for (const part of of(doc)) if (wanted.has(part.id)) out.set(part.id, make(doc, part));
    }
    return out;
  }
}
