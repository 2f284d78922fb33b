import type { ImportSummary } from '../shared/messages';
import type { CorpusPack } from '../shared/records';
import { CORPUS_TABLES, type FactmarkDb } from './database';
import { mergeEntity } from './merge-entity';
import { putInChunks } from './put-in-chunks';
import { newUserSegmentName, putSegment } from './segments';

/**
 * Adds a user's documents to the corpus in one transaction: all of it is
 * stored or, on any failure, none of it. Entities already known (same id) gain
 * the new spellings and mentions instead of being duplicated.
 */
export async function importUserPack(db: FactmarkDb, pack: CorpusPack): Promise<ImportSummary> {
  return db.transaction('rw', [...CORPUS_TABLES, 'meta', 'segments'], async () => {
    const existing = await db.entities.bulkGet(pack.entities.map((e) => e.id));
    const entities = pack.entities.map((entity, i) => {
      const known = existing[i];
      return known ? mergeEntity(known, entity) : { ...entity, origin: 'user' as const };
    });
    await putInChunks(db.documents, pack.documents.map((d) => ({ ...d, origin: 'user' as const })));
    await putInChunks(db.sentences, pack.sentences);
    await putInChunks(db.entities, entities);
    await putInChunks(db.claims, pack.claims.map((c) => ({ ...c, origin: 'user' as const })));
    await putInChunks(db.quotes, pack.quotes.map((q) => ({ ...q, origin: 'user' as const })));
    await putSegment(db, await newUserSegmentName(db), pack.documents.map((d) => d.id), { entities, claims: pack.claims, quotes: pack.quotes });
    return {
      documents: pack.documents.length,
      entities: entities.length,
      newEntities: existing.filter((e) => !e).length,
      claims: pack.claims.length,
      quotes: pack.quotes.length,
    };
  });
}
