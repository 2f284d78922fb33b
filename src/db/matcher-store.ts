import { compileMatcher, loadMatcher, type CompiledMatcher, type Matcher } from '../match';
import type { FactmarkDb } from './database';
import { getRevision } from './revision';

interface StoredMatcher {
  revision: number;
  compiled: CompiledMatcher;
}

/**
 * The matcher for the current corpus revision: loaded from IndexedDB when a
 * compiled one is stored (a service-worker wake must not recompile), otherwise
 * compiled from the corpus tables and stored.
 */
export async function loadOrCompileMatcher(db: FactmarkDb): Promise<{ revision: number; matcher: Matcher }> {
  const revision = await getRevision(db);
  const stored = (await db.meta.get('matcher'))?.value as StoredMatcher | undefined;
  if (stored?.revision === revision) return { revision, matcher: loadMatcher(stored.compiled) };

  const [entities, claims, quotes] = await Promise.all([db.entities.toArray(), db.claims.toArray(), db.quotes.toArray()]);
  const compiled = compileMatcher({ entities, claims, quotes });
  await db.meta.put({ key: 'matcher', value: { revision, compiled } satisfies StoredMatcher });
  return { revision, matcher: loadMatcher(compiled) };
}
