import { CORPUS_TABLES, type FactmarkDb } from './database';
import { recompileWithout } from './segments';

/** Removes a user's document (what was found in it is stored inside it) and the entities only it mentioned. Default documents stay. */
export async function removeUserDocument(db: FactmarkDb, docId: string): Promise<boolean> {
  return db.transaction('rw', [...CORPUS_TABLES, 'meta', 'segments'], async () => {
    const doc = await db.documents.get(docId);
    if (!doc || doc.origin !== 'user') return false;
    await db.documents.delete(docId);
    for (const entity of await db.entities.bulkGet(doc.entityIds)) {
      if (!entity) continue;
      const mentions = entity.mentions.filter((m) => m.docId !== docId);
      if (!mentions.length && entity.origin === 'user') await db.entities.delete(entity.id);
      else await db.entities.put({ ...entity, mentions });
    }
    await recompileWithout(db, docId);
    return true;
  });
}
