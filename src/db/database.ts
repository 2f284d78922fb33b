import Dexie, { type EntityTable } from 'dexie';
import type { ClaimRecord, DocumentRecord, EntityRecord, QuoteRecord, SentenceRecord } from '../shared/records';
import type { SegmentRecord } from './segments';

/** Small keyed values: which pack is seeded, the corpus revision, the settings. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

export type FactmarkDb = Dexie & {
  documents: EntityTable<DocumentRecord, 'id'>;
  sentences: EntityTable<SentenceRecord, 'id'>;
  entities: EntityTable<EntityRecord, 'id'>;
  claims: EntityTable<ClaimRecord, 'id'>;
  quotes: EntityTable<QuoteRecord, 'id'>;
  meta: EntityTable<MetaRecord, 'key'>;
  segments: EntityTable<SegmentRecord, 'key'>;
};

export const CORPUS_TABLES = ['documents', 'sentences', 'entities', 'claims', 'quotes'] as const;
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
  return db;
}
