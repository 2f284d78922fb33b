import { createMatcher, loadSegment, type LoadedSegment, type Matcher } from '../match';
import type { FactmarkDb } from './database';

/**
 * The matcher over the stored segments. A service-worker wake loads them
 * (never compiles); after a corpus change only the segments with new keys are
 * read and loaded, the others are kept.
 */
export class MatcherStore {
  private readonly loaded = new Map<string, LoadedSegment>();
  private current: { keys: string; matcher: Matcher } | null = null;

  constructor(private readonly db: FactmarkDb) {}

  async matcher(): Promise<Matcher> {
    const keys = (await this.db.segments.toCollection().primaryKeys()).sort();
    const signature = keys.join('\n');
    if (this.current?.keys === signature) return this.current.matcher;
    const missing = keys.filter((key) => !this.loaded.has(key));
    for (const record of await this.db.segments.bulkGet(missing)) if (record) this.loaded.set(record.key, loadSegment(record.compiled));
    for (const key of this.loaded.keys()) if (!keys.includes(key)) this.loaded.delete(key);
    const matcher = createMatcher(keys.flatMap((key) => this.loaded.get(key) ?? []));
    this.current = { keys: signature, matcher };
    return matcher;
  }
}
