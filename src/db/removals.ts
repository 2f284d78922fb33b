import type { FactmarkDb } from './database';

/** A document removed from a segment, with the entities that went with it. */
export interface RemovedDocument {
  docId: string;
  entityIds: string[];
}

/**
 * Documents removed from segments not compiled again yet, by segment key. A
 * removal only marks them (the matcher passes them over at once); compiling
 * a large import again takes seconds, so it happens later, off the service
 * worker (see compactSegments).
 */
export type Removals = Record<string, RemovedDocument[]>;

const KEY = 'removals';

export async function readRemovals(db: FactmarkDb): Promise<Removals> {
  return ((await db.meta.get(KEY))?.value as Removals | undefined) ?? {};
}

export async function writeRemovals(db: FactmarkDb, removals: Removals): Promise<void> {
  if (Object.keys(removals).length) await db.meta.put({ key: KEY, value: removals });
  else await db.meta.delete(KEY);
}

/** Marks a removed document in every segment holding it. Call inside the removal's transaction. */
export async function markRemoved(db: FactmarkDb, removed: RemovedDocument): Promise<void> {
  const removals = await readRemovals(db);
  // Keys only: a segment's compiled matcher is not read.
  for (const key of await db.segments.where('docIds').equals(removed.docId).primaryKeys()) {
    const marked = (removals[key] ??= []);
    if (!marked.some((r) => r.docId === removed.docId)) marked.push(removed);
  }
  await writeRemovals(db, removals);
}

/** Entities stored again (an import names them anew) are no longer removed ones. Call inside the import's transaction. */
export async function forgetRemovedEntities(db: FactmarkDb, entityIds: readonly string[]): Promise<void> {
  const removals = await readRemovals(db);
  if (!Object.keys(removals).length) return;
  const stored = new Set(entityIds);
  for (const marked of Object.values(removals)) for (const removed of marked) removed.entityIds = removed.entityIds.filter((id) => !stored.has(id));
  await writeRemovals(db, removals);
}
