import { CORPUS_TABLES, type FactmarkDb } from './database';
import { bumpRevision } from './revision';
import { markRemoved } from './removals';
import type { StoredEntity } from './stored-entity';

/**
 * Removes a user's document (what was found in it is stored inside it) and
 * the entities only it mentioned. Default documents stay. Its segments are
 * marked, not compiled again here: that takes seconds for a large import,
 * and would hold up every page's request meanwhile (see compactSegments).
 */
export async function removeUserDocument(db: FactmarkDb, docId: string): Promise<boolean> {
  return db.transaction('rw', [...CORPUS_TABLES, 'meta', 'segments'], async () => {
    const doc = await db.documents.get(docId);
    if (!doc || doc.origin !== 'user') return false;
    await db.documents.delete(docId);
    const gone: string[] = [];
    for (const entity of await db.entities.bulkGet(doc.entityIds)) {
      if (!entity) continue;
      const left = entityAfterRemoval(entity, new Set([docId]));
      if (left) await db.entities.put(left);
      else {
        await db.entities.delete(entity.id);
        gone.push(entity.id);
      }
    }
    await markRemoved(db, { docId, entityIds: gone });
    await bumpRevision(db);
    return true;
  });
}

/** An entity once documents are removed: without their mentions, or null when it was the user's and none are left. The default corpus's entities stay. */
export function entityAfterRemoval(entity: StoredEntity, removed: ReadonlySet<string>): StoredEntity | null {
  const mentions = entity.mentions.filter((m) => !removed.has(m.docId));
  return mentions.length || entity.origin !== 'user' ? { ...entity, mentions } : null;
}
