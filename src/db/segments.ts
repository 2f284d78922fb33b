import { compileSegment, SEGMENT_VERSION, type CompiledSegment, type MatcherInput } from '../match';
import type { ClaimRecord, QuoteRecord } from '../shared/records';
import type { FactmarkDb } from './database';
import { writeRemovals } from './removals';
import { bumpRevision } from './revision';
import type { StoredEntity } from './stored-entity';

/**
 * A compiled part of the corpus as stored: the default pack, or one import of
 * the user's. A segment is never rewritten in place — a changed one gets a new
 * key — so listing the keys tells a service worker what to load.
 */
export interface SegmentRecord {
  /** `${name}@${revision}` */
  key: string;
  /** `default`, or `user:<revision of the import>`. */
  name: string;
  docIds: string[];
  compiled: CompiledSegment;
}

export const DEFAULT_SEGMENT = 'default';
/** Documents read per request when compiling again: each carries its text and findings. */
const READ_CHUNK = 200;

/** Compiles `input` and stores it as segment `name`, replacing that segment's earlier version. Call inside a transaction with `segments` and `meta`. */
export async function putSegment(db: FactmarkDb, name: string, docIds: string[], input: MatcherInput): Promise<SegmentRecord> {
  const revision = await bumpRevision(db);
  const record: SegmentRecord = { key: `${name}@${revision}`, name, docIds, compiled: compileSegment(input) };
  await db.segments.where('name').equals(name).delete();
  await db.segments.put(record);
  return record;
}

/** A fresh name for the segment of a new import. */
export async function newUserSegmentName(db: FactmarkDb): Promise<string> {
  return `user:${await bumpRevision(db)}`;
}

/** The corpus records of some documents, for compiling them again. */
export async function inputOf(db: FactmarkDb, docIds: string[]): Promise<MatcherInput> {
  const docs = new Set(docIds);
  const claims: ClaimRecord[] = [];
  const quotes: QuoteRecord[] = [];
  const entityIds = new Set<string>();
  for (let i = 0; i < docIds.length; i += READ_CHUNK) {
    for (const doc of await db.documents.bulkGet(docIds.slice(i, i + READ_CHUNK))) {
      if (!doc) continue;
      claims.push(...doc.claims);
      quotes.push(...doc.quotes);
      for (const id of doc.entityIds) entityIds.add(id);
    }
  }
  const entities = (await db.entities.bulkGet([...entityIds])).filter((e): e is StoredEntity => !!e && e.mentions.some((m) => docs.has(m.docId)));
  return { entities, claims, quotes };
}

/**
 * Makes the stored segments match the corpus: after an upgrade from a version
 * that compiled differently (or kept one matcher in meta), every segment is
 * compiled again from the records. Cheap when nothing is to be done.
 */
export async function ensureSegments(db: FactmarkDb): Promise<void> {
  const built = (await db.meta.get('segment-version'))?.value;
  if (built === SEGMENT_VERSION) return;
  await db.transaction('rw', [db.documents, db.entities, db.meta, db.segments], async () => {
    await db.segments.clear();
    await db.meta.delete('matcher');
    await writeRemovals(db, {});
    // An empty database (a first install) has nothing to compile: seeding writes the default segment.
    for (const origin of ['default', 'user'] as const) {
      const docIds = await db.documents.where('origin').equals(origin).primaryKeys();
      if (!docIds.length) continue;
      const input = await inputOf(db, docIds);
      // Default entities compile with the default pack even where no default document mentions them any more.
      if (origin === 'default') input.entities = await db.entities.where('origin').equals('default').toArray();
      await putSegment(db, origin === 'default' ? DEFAULT_SEGMENT : await newUserSegmentName(db), docIds, input);
    }
    await db.meta.put({ key: 'segment-version', value: SEGMENT_VERSION });
  });
}
