import Dexie, { type EntityTable } from 'dexie';
import type { SegmentRecord } from './segments';
import { textKeyOf } from '../corpus/text-key';
import { listingOf, storedDocuments, type StoredDocument } from './stored-document';
import { typedNameKeys, type StoredEntity } from './stored-entity';

/** Small keyed values: which pack is seeded, the corpus revision, the settings. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

export type FactmarkDb = Dexie & {
  /** Each with its sentences, claims and quotes inside (see `StoredDocument`). */
  documents: EntityTable<StoredDocument, 'id'>;
  entities: EntityTable<StoredEntity, 'id'>;
  meta: EntityTable<MetaRecord, 'key'>;
  segments: EntityTable<SegmentRecord, 'key'>;
};

export const CORPUS_TABLES = ['documents', 'entities'] as const;
export type CorpusTable = (typeof CORPUS_TABLES)[number];

/** Opens (or creates) the corpus database. Lives in the extension's origin: background and extension pages only. */
export function openDb(name = 'factmark'): FactmarkDb {
  const db = new Dexie(name) as FactmarkDb;
  db.version(1).stores({
    documents: 'id, origin',
    sentences: 'id, docId',
    entities: 'id, type, origin',
    claims: 'id, docId, origin',
    quotes: 'id, docId, speakerEntityId, origin',
    meta: 'key',
  });
  // The compiled matcher, one segment per pack or import (it was one record in meta before).
  db.version(2).stores({ segments: 'key, name, *docIds' });
  // Sentences, claims and quotes move into their documents: IndexedDB pays per record, and an import wrote 57 per article.
  db.version(3)
    .stores({ documents: 'id, origin, *speakers' })
    .upgrade(async (tx) => {
      const [documents, sentences, claims, quotes] = await Promise.all(['documents', 'sentences', 'claims', 'quotes'].map((t) => tx.table(t).toArray()));
      for (const origin of ['default', 'user'] as const) {
        const mine = new Set(documents.filter((d) => d.origin === origin).map((d) => d.id as string));
        const of = <T extends { docId: string }>(records: T[]) => records.filter((r) => mine.has(r.docId));
        await tx.table('documents').bulkPut(storedDocuments({ documents: documents.filter((d) => mine.has(d.id)), sentences: of(sentences), claims: of(claims), quotes: of(quotes) }, origin));
      }
    });
  // Read by version 3's upgrade, then dropped.
  db.version(4).stores({ sentences: null, claims: null, quotes: null });
  // The corpus list from an index: listing 10,000 documents read every one of them (1.2 s for 3,000 in Chromium).
  db.version(5)
    .stores({ documents: 'id, origin, *speakers, listing' })
    .upgrade((tx) =>
      tx
        .table('documents')
        .toCollection()
        .modify((doc: StoredDocument) => void (doc.listing = listingOf(doc))),
    );
  // Entities by name key, and each document's entities: an import, a removal or the source view no longer read every entity.
  db.version(6)
    .stores({ entities: 'id, type, origin, *nameKeys' })
    .upgrade(async (tx) => {
      const byDoc = new Map<string, Set<string>>();
      await tx
        .table('entities')
        .toCollection()
        .modify((entity: StoredEntity) => {
          entity.nameKeys = typedNameKeys(entity);
          for (const m of entity.mentions) byDoc.set(m.docId, (byDoc.get(m.docId) ?? new Set()).add(entity.id));
        });
      await tx
        .table('documents')
        .toCollection()
        .modify((doc: StoredDocument) => void (doc.entityIds = [...(byDoc.get(doc.id) ?? [])]));
    });
  // Documents by text: the same article under another title, or the default corpus's pasted, is not added again.
  db.version(7)
    .stores({ documents: 'id, origin, *speakers, listing, textKey' })
    .upgrade((tx) =>
      tx
        .table('documents')
        .toCollection()
        .modify((doc: StoredDocument) => void (doc.textKey = textKeyOf(doc.text))),
    );
  return db;
}
