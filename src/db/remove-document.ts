import { CORPUS_TABLES, type FactmarkDb } from './database';
import { recompileWithout } from './segments';
import type { StoredEntity } from './stored-entity';

/** Removes a user's document (what was found in it is stored inside it) and the entities only it mentioned. Default documents stay. */
export async function removeUserDocument(db: FactmarkDb, docId: string): Promise<boolean> {
  return db.transaction('rw', [...CORPUS_TABLES, 'meta', 'segments'], async () => {
    const doc = await db.documents.get(docId);
    if (!doc || doc.origin !== 'user') return false;
    await db.documents.delete(docId);
    for (const entity of await db.entities.bulkGet(doc.entityIds)) {
      if (!entity) continue;
      const left = entityAfterRemoval(entity, new Set([docId]));
      if (left) await db.entities.put(left);
      else await db.entities.delete(entity.id);
    }
    await recompileWithout(db, docId);
    return true;
  });
}

/** An entity once documents are removed: without their mentions, or null when it was the user's and none are left. The default corpus's entities stay. */
export function entityAfterRemoval(entity: StoredEntity, removed: ReadonlySet<string>): StoredEntity | null {
  const mentions = entity.mentions.filter((m) => !removed.has(m.docId));
  return mentions.length || entity.origin !== 'user' ? { ...entity, mentions } : null;
}
