import type { FactmarkDb } from './database';

/** The corpus revision grows on every change to the corpus; derived data (the compiled matcher) is keyed by it. */
export async function getRevision(db: FactmarkDb): Promise<number> {
  return ((await db.meta.get('revision'))?.value as number | undefined) ?? 0;
}

export async function bumpRevision(db: FactmarkDb): Promise<number> {
  const next = (await getRevision(db)) + 1;
  await db.meta.put({ key: 'revision', value: next });
  return next;
}
