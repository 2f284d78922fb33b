import type { CorpusPack, EntityRecord } from '../shared/records';
import { CORPUS_TABLES, type FactmarkDb } from './database';
import { mergeEntity } from './merge-entity';
import { putInChunks } from './put-in-chunks';
import { DEFAULT_SEGMENT, putSegment } from './segments';
import { storedDocuments } from './stored-document';
import { storedEntity } from './stored-entity';

export interface SeedResult {
  /** False when this pack was already seeded: nothing was written. */
  changed: boolean;
  documents: number;
}

/**
 * Writes the shipped corpus pack into the database in one transaction.
 * Idempotent (the same pack twice writes nothing) and safe on upgrade:
 * only records that came from an earlier default pack are replaced; what the
 * user added is never touched.
 */
export async function seedDefaultPack(db: FactmarkDb, pack: CorpusPack): Promise<SeedResult> {
  return db.transaction('rw', [...CORPUS_TABLES, 'meta', 'segments'], async () => {
    const seeded = (await db.meta.get('pack'))?.value as { id: string } | undefined;
    if (seeded?.id === pack.id) return { changed: false, documents: pack.documents.length };

    const oldDefaultDocIds = await db.documents.where('origin').equals('default').primaryKeys();
    await db.documents.bulkDelete(oldDefaultDocIds);
    // A default entity may carry mentions from the user's documents: those survive the upgrade.
    const oldDefaultDocs = new Set(oldDefaultDocIds);
    const userParts = (await db.entities.where('origin').equals('default').toArray())
      .map((e) => ({ ...e, origin: 'user' as const, mentions: e.mentions.filter((m) => !oldDefaultDocs.has(m.docId)) }))
      .filter((e) => e.mentions.length > 0);
    await db.entities.where('origin').equals('default').delete();

    await putInChunks(db.documents, storedDocuments(pack, 'default'));
    const entities = new Map<string, EntityRecord>(pack.entities.map((e) => [e.id, { ...e, origin: 'default' as const }]));
    for (const part of userParts) {
      const fresh = entities.get(part.id);
      entities.set(part.id, fresh ? mergeEntity(fresh, part) : part);
    }
    await putInChunks(db.entities, [...entities.values()].map(storedEntity));

    await db.meta.put({ key: 'pack', value: { id: pack.id, version: pack.version } });
    await putSegment(db, DEFAULT_SEGMENT, pack.documents.map((d) => d.id), pack);
    return { changed: true, documents: pack.documents.length };
  });
}
