import { createMatcher, loadSegment, withoutDocuments, type LoadedSegment, type Matcher } from '../match';
import type { FactmarkDb } from './database';
import { readRemovals } from './removals';

/**
 * The matcher over the stored segments. A service-worker wake loads them
 * (never compiles); after a corpus change only the segments with new keys are
 * read and loaded, the others are kept. Documents removed from a segment not
 * compiled again yet are passed over from the next request on.
 */
export class MatcherStore {
  private readonly loaded = new Map<string, LoadedSegment>();
  private current: { signature: string; matcher: Matcher } | null = null;

  constructor(private readonly db: FactmarkDb) {}

  async matcher(): Promise<Matcher> {
    const [keys, removals] = await this.db.transaction('r', [this.db.segments, this.db.meta], () =>
      Promise.all([this.db.segments.toCollection().primaryKeys(), readRemovals(this.db)]),
    );
    keys.sort();
    const signature = `${keys.join('\n')}\n${JSON.stringify(removals)}`;
    if (this.current?.signature === signature) return this.current.matcher;
    const missing = keys.filter((key) => !this.loaded.has(key));
    for (const record of await this.db.segments.bulkGet(missing)) if (record) this.loaded.set(record.key, loadSegment(record.compiled));
    for (const key of this.loaded.keys()) if (!keys.includes(key)) this.loaded.delete(key);
    const segments = keys.flatMap((key) => {
      const segment = this.loaded.get(key);
      return segment ? [withoutDocuments(segment, new Set(removals[key]?.map((r) => r.docId)))] : [];
    });
    const matcher = createMatcher(segments, new Set(Object.values(removals).flatMap((marked) => marked.flatMap((r) => r.entityIds))));
    this.current = { signature, matcher };
    return matcher;
  }
}
