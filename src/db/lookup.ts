import { extractFigures } from '../figures/extract';
import { compatible, comparable, interval } from '../match/figure-compare';
import type { Matcher } from '../match';
import type { LookupResponse } from '../shared/messages';
import type { Figure } from '../shared/records';
import type { CitedSentence } from '../shared/sources';
import { normalize, normalizeWithMap } from '../text/normalize';
import type { FactmarkDb } from './database';
import { DocumentReader } from './document-reader';
import { getRevision } from './revision';
import { growArray } from '../shared/grow-array';
import { IdTable, type StoredIds } from '../shared/id-table';
import { getSourceContexts, toSourceRef } from './source-context';
import { sentenceRecord } from './stored-document';

const MAX_NAMES = 5;
const MAX_SENTENCES = 12;
/** Records read per request while checking candidates; a look-up never reads more than `MAX_CHECKED` of them. */
const CHECK_CHUNK = 64;
const MAX_CHECKED = 2_048;
/** Words in more than this share of sentences are not indexed (the, of, said…): a phrase is found by its other words. */
const COMMON_WORD_SHARE = 0.2;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Answers a look-up across the whole corpus: names in any spelling (through
 * the matcher, so transliterations meet, and by the start of any spelling),
 * phrases, and figures ("3,700 detained" finds 3,711). Each answer carries
 * its quotes and sources.
 *
 * Nothing here scans a table: the corpus's spellings, sentence words and
 * claim figures are indexed in memory once per corpus revision (see
 * `LookupIndex`), and a look-up reads only the records its candidates name.
 */
export async function lookup(db: FactmarkDb, matcher: Matcher, query: string): Promise<LookupResponse> {
  const q = query.trim();
  if (q.length < 2) {
    // Nothing to look up yet (the popup's search box just got focus): get the index ready meanwhile.
    lookupIndex(db).catch(() => undefined);
    return { query: q, names: [], sentences: [] };
  }
  const index = await lookupIndex(db);

  const needle = normalize(q);
  const entityIds = new Set(matcher.matchBlock(titleCase(q)).flatMap((h) => (h.kind === 'name' ? [h.entityId] : [])));
  if (needle.length >= 3) for (const id of index.entitiesStartingWith(needle, MAX_NAMES)) if (entityIds.size < MAX_NAMES) entityIds.add(id);
  const contexts = await getSourceContexts(db, [...entityIds].slice(0, MAX_NAMES));
  const names = Object.values(contexts).filter((c) => c.kind === 'name');

  const figures = extractFigures(q).filter((f) => f.unit !== 'year');
  const docs = new DocumentReader(db);
  const sentences = figures.length
    ? await claimsWithFigures(docs, index, figures)
    : needle.length >= 3
      ? await sentencesWithPhrase(docs, index, needle)
      : [];
  return { query: q, names, sentences };
}

/** Claims whose figures could be the query's, closest first. */
async function claimsWithFigures(docs: DocumentReader, index: LookupIndex, figures: Figure[]): Promise<CitedSentence[]> {
  const out: CitedSentence[] = [];
  const candidates = index.claimsNear(figures, MAX_CHECKED);
  for (let i = 0; i < candidates.length && out.length < MAX_SENTENCES; i += CHECK_CHUNK) {
    const chunk = candidates.slice(i, i + CHECK_CHUNK);
    const claims = await docs.claims(chunk);
    for (const id of chunk) {
      const claim = claims.get(id);
      if (!claim || out.length >= MAX_SENTENCES) continue;
      const hit = claim.figures.find((cf) => figures.some((f) => comparable(f, cf) && compatible({ ...f, qualifier: 'about' }, cf)));
      const doc = hit && (await docs.get(claim.docId));
      if (hit && doc) {
        out.push({ sentenceId: claim.sentenceId, text: claim.text, highlight: { start: hit.start - claim.start, end: hit.end - claim.start }, source: toSourceRef(doc) });
      }
    }
  }
  return out;
}

/** Sentences holding the phrase; the phrase's last word may be a word's start (the user is typing it). */
async function sentencesWithPhrase(docs: DocumentReader, index: LookupIndex, needle: string): Promise<CitedSentence[]> {
  const out: CitedSentence[] = [];
  const candidates = index.sentencesWithWords(needle, MAX_CHECKED);
  for (let i = 0; i < candidates.length && out.length < MAX_SENTENCES; i += CHECK_CHUNK) {
    const chunk = candidates.slice(i, i + CHECK_CHUNK);
    const sentences = await docs.sentences(chunk);
    for (const id of chunk) {
      const s = sentences.get(id);
      if (!s || out.length >= MAX_SENTENCES) continue;
      const { text, map } = normalizeWithMap(s.text);
      const at = text.indexOf(needle);
      const doc = at >= 0 && (await docs.get(s.docId));
      if (doc) out.push({ sentenceId: s.id, text: s.text, highlight: { start: map[at], end: map[at + needle.length - 1] + 1 }, source: toSourceRef(doc) });
    }
  }
  return out;
}

/** Names are matched where capitalised: a query typed in lower case is read as a name. */
function titleCase(text: string): string {
  return text.replace(/(^|[\s-])(\p{Ll})/gu, (_m, lead: string, letter: string) => lead + letter.toUpperCase());
}

/** The index of each database, with the corpus revision it was built from. */
const built = new WeakMap<FactmarkDb, { revision: number; index: Promise<LookupIndex> }>();

/**
 * The look-up index for the corpus as it is now: kept in memory, and in the
 * database for the next service-worker wake; built on first use after the
 * corpus changed.
 */
export async function lookupIndex(db: FactmarkDb): Promise<LookupIndex> {
  const revision = await getRevision(db);
  const cached = built.get(db);
  if (cached && cached.revision === revision) return cached.index;
  const index = (async () => {
    const stored = (await db.meta.get(META_KEY))?.value as StoredIndex | undefined;
    if (stored?.version === STORED_VERSION && stored.revision === revision) return LookupIndex.fromStored(stored);
    const fresh = await LookupIndex.build(db);
    // Kept for the next wake; a failure to store only costs a rebuild then.
    await db.meta.put({ key: META_KEY, value: fresh.toStored(revision) }).catch(() => undefined);
    return fresh;
  })();
  built.set(db, { revision, index });
  index.catch(() => {
    if (built.get(db)?.index === index) built.delete(db); // the next look-up tries again
  });
  return index;
}

/** Bounded figures (exact, about, nearly…) are close to their value; the others are open on one side. */
const Side = { Bounded: 0, AtLeast: 1, AtMost: 2 } as const;
type Side = (typeof Side)[keyof typeof Side];

function sideOf(figure: Figure): Side {
  const [lo, hi] = interval(figure);
  return hi === Infinity ? Side.AtLeast : lo === -Infinity ? Side.AtMost : Side.Bounded;
}

/** The index as kept in the database (typed arrays are stored as they are), so a service-worker wake need not rebuild it. */
interface StoredIndex {
  version: number;
  revision: number;
  aliasKeys: string[];
  aliasEntities: string[];
  sentences: StoredIds;
  sortedWords: string[];
  /** Posting range of each word of `sortedWords`, by its position there. */
  postingStart: Uint32Array;
  postings: Uint32Array;
  claims: StoredIds;
  figures: [string, { values: Float64Array; claims: Uint32Array; sides: Uint8Array }][];
}

const STORED_VERSION = 1;
const META_KEY = 'lookup-index';

/**
 * What a look-up needs to find its candidates without reading the corpus: every
 * spelling's normalised form (sorted, for "starts with"), an inverted index of
 * sentence words (typed arrays), and every claim figure by unit and value.
 * Built in one pass over the stored documents, about 4 bytes per indexed word of
 * the corpus, and kept in the database beside the corpus revision it
 * describes. Records themselves are read only for candidates.
 */
export class LookupIndex {
  /** Each word's position in `sortedWords`, which is also its posting range's. */
  private readonly words = new Map<string, number>();

  private constructor(
    private readonly aliasKeys: string[],
    private readonly aliasEntities: string[],
    private readonly sentences: IdTable,
    /** Words in order, for the words a prefix starts. */
    private readonly sortedWords: string[],
    private readonly postingStart: Uint32Array,
    private readonly postings: Uint32Array,
    private readonly claims: IdTable,
    private readonly figures: Map<string, { values: Float64Array; claims: Uint32Array; sides: Uint8Array }>,
  ) {
    sortedWords.forEach((word, w) => this.words.set(word, w));
  }

  toStored(revision: number): StoredIndex {
    return {
      version: STORED_VERSION,
      revision,
      aliasKeys: this.aliasKeys,
      aliasEntities: this.aliasEntities,
      sentences: this.sentences.toStored(),
      sortedWords: this.sortedWords,
      postingStart: this.postingStart,
      postings: this.postings,
      claims: this.claims.toStored(),
      figures: [...this.figures],
    };
  }

  static fromStored(stored: StoredIndex): LookupIndex {
    return new LookupIndex(
      stored.aliasKeys,
      stored.aliasEntities,
      IdTable.fromStored(stored.sentences),
      stored.sortedWords,
      stored.postingStart,
      stored.postings,
      IdTable.fromStored(stored.claims),
      new Map(stored.figures),
    );
  }

  static async build(db: FactmarkDb): Promise<LookupIndex> {
    // Spellings.
    const aliases: [string, string][] = [];
    await db.entities.each((e) => {
      for (const key of new Set(e.aliases.map((a) => normalize(a.text)))) if (key) aliases.push([key, e.id]);
    });
    aliases.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

    // Sentence words: each sentence's distinct words as numbers, then turned inside out.
    const sentences = new IdTable('s');
    const words = new Map<string, number>();
    let counts = new Uint32Array(4096);
    let tokens = new Uint32Array(1 << 16);
    let tokenCount = 0;
    let sentenceStarts = new Uint32Array(4096);
    // Claim figures, by unit, sorted by value (in the same pass over the documents).
    const claims = new IdTable('c');
    const byUnit = new Map<string, { value: number; claim: number; side: Side }[]>();
    await db.documents.each((doc) => {
      for (const c of doc.claims) {
        const figures = c.figures.filter((f) => f.unit !== 'year');
        if (!figures.length) continue;
        const at = claims.add(c.id, c.docId);
        for (const f of figures) {
          const list = byUnit.get(f.unit) ?? [];
          if (!byUnit.has(f.unit)) byUnit.set(f.unit, list);
          list.push({ value: f.value, claim: at, side: sideOf(f) });
        }
      }
      for (const span of doc.sentences) {
        const s = sentenceRecord(doc, span);
        const at = sentences.add(s.id, s.docId);
        if (at + 1 >= sentenceStarts.length) sentenceStarts = growArray(sentenceStarts);
        sentenceStarts[at] = tokenCount;
        const seen = new Set<number>();
        for (const [word] of normalize(s.text).matchAll(WORD)) {
          let w = words.get(word);
          if (w === undefined) {
            w = words.size;
            words.set(word, w);
            if (w === counts.length) counts = growArray(counts);
          }
          if (seen.has(w)) continue;
          seen.add(w);
          if (tokenCount === tokens.length) tokens = growArray(tokens);
          tokens[tokenCount++] = w;
          counts[w] += 1;
        }
        sentenceStarts[at + 1] = tokenCount;
      }
    });
    const common = Math.max(50, sentences.size * COMMON_WORD_SHARE);
    // Postings laid out in word order, so a word's place in `sortedWords` is its range.
    const sortedWords = [...words.keys()].sort();
    const rank = new Uint32Array(words.size);
    sortedWords.forEach((word, r) => (rank[words.get(word)!] = r));
    const postingStart = new Uint32Array(words.size + 1);
    for (let r = 0; r < sortedWords.length; r++) {
      const w = words.get(sortedWords[r])!;
      postingStart[r + 1] = postingStart[r] + (counts[w] > common ? 0 : counts[w]);
    }
    const postings = new Uint32Array(postingStart[words.size]);
    const fill = postingStart.slice(0, words.size);
    for (let s = 0; s < sentences.size; s++) {
      for (let t = sentenceStarts[s]; t < sentenceStarts[s + 1]; t++) {
        const w = tokens[t];
        if (counts[w] <= common) postings[fill[rank[w]]++] = s;
      }
    }

    const figures = new Map<string, { values: Float64Array; claims: Uint32Array; sides: Uint8Array }>();
    for (const [unit, list] of byUnit) {
      list.sort((a, b) => a.value - b.value);
      figures.set(unit, {
        values: Float64Array.from(list, (e) => e.value),
        claims: Uint32Array.from(list, (e) => e.claim),
        sides: Uint8Array.from(list, (e) => e.side),
      });
    }
    return new LookupIndex(
      aliases.map((a) => a[0]),
      aliases.map((a) => a[1]),
      sentences,
      sortedWords,
      postingStart,
      postings,
      claims,
      figures,
    );
  }

  /** Entities with a spelling that starts with `prefix` (normalised), up to `limit`. */
  entitiesStartingWith(prefix: string, limit: number): string[] {
    const out = new Set<string>();
    for (let i = lowerBound(this.aliasKeys, prefix); i < this.aliasKeys.length && out.size < limit; i++) {
      if (!this.aliasKeys[i].startsWith(prefix)) break;
      out.add(this.aliasEntities[i]);
    }
    return [...out];
  }

  /**
   * Sentences that may hold `needle` (normalised): those with its rarest
   * indexed whole word, or, when it is one word being typed, a word it starts.
   * Ids, in corpus order, at most `limit`.
   */
  sentencesWithWords(needle: string, limit: number): string[] {
    const parts = [...needle.matchAll(WORD)].map((m) => m[0]);
    if (!parts.length) return [];
    // Every word but the last is whole; the last is whole if the needle goes on after it.
    const lastWhole = !/[\p{L}\p{N}]$/u.test(needle);
    const whole = lastWhole ? parts : parts.slice(0, -1);
    let best: [number, number] | null = null;
    for (const word of whole) {
      const w = this.words.get(word);
      if (w === undefined) return []; // a whole word the corpus never uses: the phrase is nowhere
      const range: [number, number] = [this.postingStart[w], this.postingStart[w + 1]];
      if (range[1] > range[0] && (!best || range[1] - range[0] < best[1] - best[0])) best = range;
    }
    const ids: string[] = [];
    if (best) {
      for (let p = best[0]; p < best[1] && ids.length < limit; p++) ids.push(this.sentences.id(this.postings[p]));
      return ids;
    }
    if (lastWhole) return []; // only common words: too many sentences to say
    // One word being typed: the sentences of the words it starts, shortest words (closest to what is typed) first.
    const prefix = parts[parts.length - 1];
    const started: string[] = [];
    for (let i = lowerBound(this.sortedWords, prefix); i < this.sortedWords.length && this.sortedWords[i].startsWith(prefix); i++) started.push(this.sortedWords[i]);
    started.sort((a, b) => a.length - b.length);
    const seen = new Set<number>();
    for (const word of started) {
      const w = this.words.get(word)!;
      for (let p = this.postingStart[w]; p < this.postingStart[w + 1] && ids.length < limit; p++) {
        const s = this.postings[p];
        if (!seen.has(s)) {
          seen.add(s);
          ids.push(this.sentences.id(s));
        }
      }
      if (ids.length >= limit) break;
    }
    return ids;
  }

  /**
   * Claims with a figure of the same unit that could be one of `figures`:
   * near values first, then "more than"/"up to" figures that reach them.
   * Ids, at most `limit`.
   */
  claimsNear(figures: Figure[], limit: number): string[] {
    const scored: { claim: number; distance: number }[] = [];
    for (const f of figures) {
      const table = this.figures.get(f.unit);
      if (!table) continue;
      const [lo, hi] = interval({ value: f.value, qualifier: 'about' });
      const { values, claims, sides } = table;
      // Bounded figures overlap [lo, hi] only if their value is within a fifth of it (nearly: 15% below; slack for print).
      const from = lowerBound(values, Math.min(lo / 1.2, lo * 1.2));
      for (let i = from; i < values.length && values[i] <= Math.max(hi / 0.8, hi * 0.8); i++) {
        if (sides[i] === Side.Bounded) scored.push({ claim: claims[i], distance: Math.abs(values[i] - f.value) / Math.max(1, Math.abs(f.value)) });
      }
      // "More than X" reaches the query if X is at most its top; "up to X" if X is at least its bottom. Nearest first.
      for (let i = lowerBound(values, hi * 1.01 + 1e-9) - 1, n = 0; i >= 0 && n < limit; i--) {
        if (sides[i] === Side.AtLeast) {
          scored.push({ claim: claims[i], distance: 1 + (f.value - values[i]) / Math.max(1, Math.abs(f.value)) });
          n++;
        }
      }
      for (let i = lowerBound(values, lo * 0.99), n = 0; i < values.length && n < limit; i++) {
        if (sides[i] === Side.AtMost) {
          scored.push({ claim: claims[i], distance: 1 + (values[i] - f.value) / Math.max(1, Math.abs(f.value)) });
          n++;
        }
      }
    }
    scored.sort((a, b) => a.distance - b.distance || a.claim - b.claim);
    const ids: string[] = [];
    const seen = new Set<number>();
    for (const { claim } of scored) {
      if (seen.has(claim)) continue;
      seen.add(claim);
      ids.push(this.claims.id(claim));
      if (ids.length >= limit) break;
    }
    return ids;
  }

  /** Sizes, for tests and diagnostics. */
  get stats(): { spellings: number; sentences: number; words: number; postings: number; claimsWithFigures: number } {
    return {
      spellings: this.aliasKeys.length,
      sentences: this.sentences.size,
      words: this.words.size,
      postings: this.postings.length,
      claimsWithFigures: this.claims.size,
    };
  }
}

/** The first index of an ascending list whose item is not below `key` (the length if none). */
function lowerBound<T extends string | number>(sorted: ArrayLike<T>, key: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
