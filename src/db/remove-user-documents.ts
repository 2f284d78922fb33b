import { CORPUS_TABLES, type FactmarkDb } from './database';
import { entityAfterRemoval } from './remove-document';
import { writeRemovals } from './removals';
import { bumpRevision } from './revision';

/**
 * Removes every document the user added, in one transaction, and returns how
 * many there were. Their segments go whole (nothing is compiled again: the
 * default corpus's is untouched); entities keep the default corpus's
 * mentions, and those only the user's documents mentioned go. One pass over
 * the entities instead of one removal per document, which would compile a
 * large import's segment again for each.
 */
export async function removeUserDocuments(db: FactmarkDb): Promise<number> {
  return db.transaction('rw', [...CORPUS_TABLES, 'meta', 'segments'], async () => {
    const docIds = new Set(await db.documents.where('origin').equals('user').primaryKeys());
    if (!docIds.size) return 0;
    await db.documents.bulkDelete([...docIds]);
    // By key (`user:…@revision`): a segment's compiled matcher is not read to be deleted.
    await db.segments.where('key').startsWith('user:').delete();
    // Only user segments have removed documents, and none is left.
    await writeRemovals(db, {});
    await db.entities.toCollection().modify((entity, ctx: { value?: unknown }) => {
      if (!entity.mentions.some((m) => docIds.has(m.docId))) return;
      const left = entityAfterRemoval(entity, docIds);
      // Dexie deletes a record whose value a modify callback deletes.
      if (left) entity.mentions = left.mentions;
      else delete ctx.value;
    });
    await bumpRevision(db);
    return docIds.size;
  });
}
