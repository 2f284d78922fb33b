import { compileSegment, type CompiledSegment, type MatcherInput } from '../match';
import type { FactmarkDb } from './database';
import { readRemovals, writeRemovals, type RemovedDocument, type Removals } from './removals';
import { bumpRevision } from './revision';
import { inputOf, type SegmentRecord } from './segments';

/** More user segments than this are merged into one, so matching reads a handful of indexes, not one per import. */
const MAX_USER_SEGMENTS = 6;
/** Segments with more documents than this stay as they are when small ones are merged. */
const LARGE_SEGMENT = 1000;

/** What a compile replaces the segments it read with: nothing when none of their documents is left. */
interface Replacement {
  oldKeys: string[];
  /** The removed documents the compile left out, by old key. */
  handled: Record<string, string[]>;
  name: string | null;
  docIds: string[];
  compiled: CompiledSegment | null;
}

/** Compiles a segment's records; the corpus may change meanwhile (a test changes it here). */
type Compile = (input: MatcherInput) => CompiledSegment | Promise<CompiledSegment>;

/**
 * Brings the stored segments up to date, where compiling cannot hold up
 * pages (an extension page's worker, never the service worker): small user
 * segments are merged, and segments holding removed documents are compiled
 * again without them. Each compile reads its records in one transaction,
 * runs outside any (seconds for a large import, with the database free), and
 * is stored in another only if the segments it replaces are still there.
 * Returns how many segments were replaced.
 */
export async function compactSegments(db: FactmarkDb, compile: Compile = compileSegment): Promise<number> {
  let replaced = 0;
  const merge = await readForMerge(db);
  if (merge && (await store(db, await compiled(merge, compile)))) replaced += merge.oldKeys.length;
  for (const key of Object.keys(await readRemovals(db))) {
    const next = await readWithoutRemoved(db, key);
    if (next && (await store(db, await compiled(next, compile)))) replaced++;
  }
  return replaced;
}

type Read = Omit<Replacement, 'compiled'> & { input: MatcherInput | null };

async function compiled({ input, ...rest }: Read, compile: Compile): Promise<Replacement> {
  return { ...rest, compiled: input && (await compile(input)) };
}

/** The small user segments, when there are many, read to be compiled as one. */
function readForMerge(db: FactmarkDb): Promise<Read | null> {
  return db.transaction('r', [db.documents, db.entities, db.meta, db.segments], async () => {
    const keys = (await db.segments.toCollection().primaryKeys()).filter((key) => key.startsWith('user:'));
    if (keys.length <= MAX_USER_SEGMENTS) return null;
    const small = (await db.segments.bulkGet(keys)).filter((s): s is SegmentRecord => !!s && s.docIds.length < LARGE_SEGMENT);
    if (small.length < 2) return null;
    return readWithout(db, small, await readRemovals(db), null);
  });
}

/** Segment `key`, read to be compiled without the documents removed from it. */
function readWithoutRemoved(db: FactmarkDb, key: string): Promise<Read | null> {
  return db.transaction('r', [db.documents, db.entities, db.meta, db.segments], async () => {
    const [segment, removals] = await Promise.all([db.segments.get(key), readRemovals(db)]);
    return segment && removals[key] ? readWithout(db, [segment], removals, segment.name) : null;
  });
}

async function readWithout(db: FactmarkDb, segments: SegmentRecord[], removals: Removals, name: string | null): Promise<Read> {
  const handled = Object.fromEntries(segments.map((s) => [s.key, removals[s.key]?.map((r) => r.docId) ?? []]));
  const gone = new Set(Object.values(handled).flat());
  const docIds = segments.flatMap((s) => s.docIds).filter((id) => !gone.has(id));
  return { oldKeys: segments.map((s) => s.key), handled, name, docIds, input: docIds.length ? await inputOf(db, docIds) : null };
}

/**
 * Replaces the old segments with the compiled one, unless one of them went
 * meanwhile (a removal of everything, another compaction): the work is then
 * dropped, and the next compaction starts again from the records.
 */
async function store(db: FactmarkDb, next: Replacement): Promise<boolean> {
  return db.transaction('rw', [db.meta, db.segments], async () => {
    const present = await db.segments.where(':id').anyOf(next.oldKeys).primaryKeys();
    if (present.length !== next.oldKeys.length) return false;
    const removals = await readRemovals(db);
    // Documents removed while this compiled are in the new segment: they stay marked there.
    const left: RemovedDocument[] = [];
    for (const key of next.oldKeys) {
      const handled = new Set(next.handled[key]);
      left.push(...(removals[key] ?? []).filter((r) => !handled.has(r.docId)));
      delete removals[key];
    }
    await db.segments.bulkDelete(next.oldKeys);
    const revision = await bumpRevision(db);
    if (next.compiled) {
      const name = next.name ?? `user:${revision}`;
      const key = `${name}@${revision}`;
      await db.segments.put({ key, name, docIds: next.docIds, compiled: next.compiled });
      if (left.length) removals[key] = left;
    }
    await writeRemovals(db, removals);
    return true;
  });
}
