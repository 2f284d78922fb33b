import type { ImportSummary } from '../shared/messages';
import type { CorpusPack } from '../shared/records';
import { CORPUS_TABLES, type FactmarkDb } from './database';
import { mergeEntity } from './merge-entity';
import { bumpRevision } from './revision';

/**
 * Adds a user's documents to the corpus in one transaction: all of it is
 * stored or, on any failure, none of it. Entities already known (same id) gain
 * the new spellings and mentions instead of being duplicated.
 */
export async function importUserPack(db: FactmarkDb, pack: CorpusPack): Promise<ImportSummary> {
  return db.transaction('rw', [...CORPUS_TABLES, 'meta'], async () => {
    const existing = await db.entities.bulkGet(pack.entities.map((e) => e.id));
    const entities = pack.entities.map((entity, i) => {
      const known = existing[i];
      return known ? mergeEntity(known, entity) : { ...entity, origin: 'user' as const };
    });
    await db.documents.bulkPut(pack.documents.map((d) => ({ ...d, origin: 'user' as const })));
    await db.sentences.bulkPut(pack.sentences);
    await db.entities.bulkPut(entities);
    await db.claims.bulkPut(pack.claims.map((c) => ({ ...c, origin: 'user' as const })));
    await db.quotes.bulkPut(pack.quotes.map((q) => ({ ...q, origin: 'user' as const })));
    await bumpRevision(db);
    return {
      documents: pack.documents.length,
      entities: entities.length,
      newEntities: existing.filter((e) => !e).length,
      claims: pack.claims.length,
      quotes: pack.quotes.length,
    };
  });
}
