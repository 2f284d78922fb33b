import type { DiffOp, NameHit, QuoteHit } from '../shared/hits';
import type { QuoteRecord } from '../shared/records';
import { fnv1a32 } from '../shared/hash';
import { normalize, normalizeWithMap } from '../text/normalize';
import { intersect } from './sorted';
import type { SentenceSpan } from '../corpus/sentences';
import { pageSentences } from './page-sentences';
import { pronounSpeaker } from './pronoun-speaker';
import { TO_VERB, VERB } from './speech-verbs';
import { foldWords } from './spelling-fold';
import { wordDiff } from './word-diff';
import { narrowIds, type IdArray } from '../shared/id-array';
import { IdTable, type StoredIds } from '../shared/id-table';

/**
 * A corpus segment's quotes, indexed by three-word shingles: hashes sorted
 * with the quote each comes from, so a page quote finds its candidates by
 * binary search. Plain data with typed arrays, stored in IndexedDB as is.
 */
export interface CompiledQuotes {
  /** Quote q's id is `quoteIds` entry q (document number and quote number, not a string each). */
  quoteIds: StoredIds;
  texts: string[];
  /** The distinct speakers, as named and as entity ids ('' where unknown): entry 0 is no one. */
  speakerNames: string[];
  speakerEntityIds: string[];
  /** Each quote's speaker: its entry in the lists above, stored once per speaker, not once per quote. */
  speakerOf: IdArray;
  /** Words in each quote: among quotes that share a page quote's words, the one of its length is it. */
  wordCounts: Uint16Array;
  shingleHashes: Uint32Array;
  shingleQuotes: IdArray;
  /** Spellings of a name's words folded to one, as [spelling, folded, …] pairs (see spelling-fold): on both sides before comparing. */
  fold: string[];
}

const SHINGLE = 3;
const MIN_WORDS = 4;
/** Share of words in common for "the same quote, reworded". */
const ALTERED = 0.6;
/** A part of a longer quote, reworded: the page's words against the stretch of the quote they come from, held to more. */
const PART_ALTERED = 0.75;
/** Fewer words than this are too few to tell a reworded part of a quote from a chance likeness. */
const PART_MIN_WORDS = 5;
/** Candidates compared word by word per page quote: shingles shared by many quotes do not vote, so the rest are compared in full. */
const TOP = 24;
/** A shingle in more quotes than this ("the government has") tells none of them apart: it votes for nothing. */
const SHINGLE_CAP = 64;

const QUOTE_WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

export function quoteWords(text: string): string[] {
  return normalize(text).match(QUOTE_WORD) ?? [];
}

/** The words of quoteWords(text) as the text writes them ("Lukashenka", "don’t"), for a diff a person reads. */
function shownWords(text: string): string[] {
  const { text: normalized, map } = normalizeWithMap(text);
  const shown: string[] = [];
  for (const match of normalized.matchAll(QUOTE_WORD)) {
    let end = map[match.index + match[0].length - 1] + 1;
    // A letter's combining marks fold away: the word written ends after them.
    while (end < text.length && /\p{M}/u.test(text[end])) end++;
    shown.push(text.slice(map[match.index], end));
  }
  return shown;
}

/** Hashes of every three consecutive words, from each word's hash (no string per shingle). */
function shingleHashes(words: string[]): number[] {
  if (words.length < SHINGLE) return [fnv1a32(words.join(' '))];
  const hashes = words.map(fnv1a32);
  const out: number[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let h = Math.imul(hashes[i] ^ 0x9e3779b9, 0x85ebca6b);
    h = Math.imul(h ^ hashes[i + 1] ^ (h >>> 13), 0xc2b2ae35);
    h = Math.imul(h ^ hashes[i + 2] ^ (h >>> 16), 0x27d4eb2f);
    out.push((h ^ (h >>> 15)) >>> 0);
  }
  return out;
}

/** Quote indices fit under this in a packed sort key (hash × QUOTE_SPACE + quote < 2^53). */
const QUOTE_SPACE = 2 ** 21;

function quoteIdTable(quotes: readonly QuoteRecord[]): StoredIds {
  const ids = new IdTable('q');
  for (const quote of quotes) ids.add(quote.id, quote.docId);
  return ids.toStored();
}

export function compileQuotes(quotes: QuoteRecord[], fold: string[] = []): CompiledQuotes {
  const folds = foldMap(fold);
  // Packed (hash, quote) keys in a typed array: a plain array would box each one.
  let keys = new Float64Array(Math.max(1024, quotes.length * 24));
  let size = 0;
  const wordCounts = new Uint16Array(quotes.length);
  quotes.forEach((quote, i) => {
    const words = foldWords(quoteWords(quote.text), folds);
    wordCounts[i] = Math.min(65_535, words.length);
    const hashes = shingleHashes(words);
    for (let k = 0; k < hashes.length; k++) {
      if (hashes.indexOf(hashes[k]) < k) continue; // once per quote
      if (size === keys.length) {
        const grown = new Float64Array(keys.length * 2);
        grown.set(keys);
        keys = grown;
      }
      keys[size++] = hashes[k] * QUOTE_SPACE + i;
    }
  });
  // A native numeric sort of the packed keys: hundreds of thousands of shingles in a large corpus.
  const sorted = keys.subarray(0, size).sort();
  const shingleHashes_ = new Uint32Array(size);
  const shingleQuotes = new Int32Array(size);
  for (let k = 0; k < size; k++) {
    shingleHashes_[k] = Math.floor(sorted[k] / QUOTE_SPACE);
    shingleQuotes[k] = sorted[k] % QUOTE_SPACE;
  }
  return {
    quoteIds: quoteIdTable(quotes),
    texts: quotes.map((q) => q.text),
    ...speakerTable(quotes),
    wordCounts,
    shingleHashes: shingleHashes_,
    shingleQuotes: narrowIds(shingleQuotes, quotes.length),
    fold,
  };
}

function foldMap(fold: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < fold.length; i += 2) map.set(fold[i], fold[i + 1]);
  return map;
}

/** A corpus quote close to a page quote. */
export interface QuoteCandidate {
  segment: CompiledQuotes;
  quote: number;
  words: string[];
  /** The page quote's words as compared with this segment's: spellings folded as its are. */
  pageWords: string[];
  similarity: number;
  /** The page quote is a verbatim part of the corpus quote. */
  fragment: boolean;
  /** Where the page quotes part of a longer quote and rewords it: that part, as corpus word offsets. */
  part?: { from: number; to: number };
}

/**
 * Corpus quote words numbered, across segments: a page quote is compared with
 * its candidates by number, with counts in a typed array. Only corpus words are
 * numbered: a page word the corpus never quotes cannot be shared.
 */
const quoteVocabulary = new Map<string, number>();
/** Per word number: how many of it the current page quote has left to share. */
let available = new Int32Array(1024);

interface QuoteWords {
  words: string[];
  ids: Int32Array;
}

/** A corpus quote's words, read once per loaded segment: pages quote the same few again and again. */
const wordsCache = new WeakMap<CompiledQuotes, Map<number, QuoteWords>>();

function wordsOfQuote(segment: CompiledQuotes, quote: number): QuoteWords {
  let cache = wordsCache.get(segment);
  if (!cache) wordsCache.set(segment, (cache = new Map()));
  let entry = cache.get(quote);
  if (!entry) {
    const words = foldWords(quoteWords(segment.texts[quote]), lookupOf(segment).fold);
    const ids = Int32Array.from(words, (word) => {
      let id = quoteVocabulary.get(word);
      if (id === undefined) quoteVocabulary.set(word, (id = quoteVocabulary.size));
      return id;
    });
    cache.set(quote, (entry = { words, ids }));
  }
  return entry;
}

/** Vote keys: votes, then nearness in length, then the page speaker's own quote, then lower index — packed in one number, so a native sort ranks them. */
const LENGTH_SPACE = 2 ** 16;
const packVote = (votes: number, distance: number, theirs: boolean, quote: number) =>
  ((votes * LENGTH_SPACE + (LENGTH_SPACE - 1 - Math.min(distance, LENGTH_SPACE - 1))) * 2 + (theirs ? 1 : 0)) * QUOTE_SPACE + (QUOTE_SPACE - 1 - quote);

/** What a loaded segment's quotes are looked up by, built once per segment. */
interface QuoteLookup {
  /** Shingles whose hash has top 16 bits h are at prefixStart[h] … prefixStart[h + 1] - 1: a search spans a few entries, not the whole array. */
  prefixStart: Int32Array;
  /** Each quote's speaker as a number (0: unknown), so the page's speaker is compared by number. */
  speakerCodes: Int32Array;
  speakerCode: Map<string, number>;
  /** Shingle votes per quote for the page quote being read, cleared after each. */
  votes: Uint8Array;
  ids: IdTable;
  fold: Map<string, string>;
}

const lookups = new WeakMap<CompiledQuotes, QuoteLookup>();

/** The distinct speakers of `quotes` and each quote's entry among them. */
function speakerTable(quotes: QuoteRecord[]): Pick<CompiledQuotes, 'speakerNames' | 'speakerEntityIds' | 'speakerOf'> {
  const speakerNames = [''];
  const speakerEntityIds = [''];
  const entries = new Map<string, number>([['\u0000', 0]]);
  const speakerOf = Int32Array.from(quotes, (q) => {
    const key = `${q.speaker ?? ''}\u0000${q.speakerEntityId ?? ''}`;
    let entry = entries.get(key);
    if (entry === undefined) {
      entries.set(key, (entry = speakerNames.length));
      speakerNames.push(q.speaker ?? '');
      speakerEntityIds.push(q.speakerEntityId ?? '');
    }
    return entry;
  });
  return { speakerNames, speakerEntityIds, speakerOf: narrowIds(speakerOf, speakerNames.length) };
}

/** Who said quote q: the name as the corpus writes it and the entity id, each '' where unknown. */
function speakerOfQuote(segment: CompiledQuotes, q: number): { name: string; entityId: string } {
  const entry = segment.speakerOf[q];
  return { name: segment.speakerNames[entry], entityId: segment.speakerEntityIds[entry] };
}

/**
 * Makes a stored segment's quotes ready to search: the lookup tables are
 * built.
 */
export function loadQuotes(segment: CompiledQuotes): CompiledQuotes {
  lookupOf(segment);
  return segment;
}

/** The id of quote `q` of a segment. */
export function quoteIdOf(segment: CompiledQuotes, q: number): string {
  return lookupOf(segment).ids.id(q);
}

function lookupOf(segment: CompiledQuotes): QuoteLookup {
  let lookup = lookups.get(segment);
  if (lookup) return lookup;
  const prefixStart = new Int32Array(PREFIXES + 1);
  // An indexed loop: this runs once per wake, before the JIT, where for…of over a typed array is seven times slower.
  const { shingleHashes } = segment;
  for (let k = 0; k < shingleHashes.length; k++) prefixStart[(shingleHashes[k] >>> 16) + 1]++;
  for (let h = 0; h < PREFIXES; h++) prefixStart[h + 1] += prefixStart[h];
  // A code per speaking entity, for each quote: two names of one entity are one speaker.
  const speakerCode = new Map<string, number>([['', 0]]);
  const codeOfEntry = Int32Array.from(segment.speakerEntityIds, (id) => {
    let code = speakerCode.get(id);
    if (code === undefined) speakerCode.set(id, (code = speakerCode.size));
    return code;
  });
  const speakerCodes = Int32Array.from(segment.speakerOf, (entry) => codeOfEntry[entry]);
  const ids = IdTable.fromStored(segment.quoteIds);
  lookups.set(segment, (lookup = { prefixStart, speakerCodes, speakerCode, votes: new Uint8Array(segment.texts.length), ids, fold: foldMap(segment.fold) }));
  return lookup;
}

const PREFIXES = 2 ** 16;

/** 1 for the quotes of `docIds` (documents removed, their segment not yet compiled again), or null when it holds none. */
export function quotesOf(segment: CompiledQuotes, docIds: ReadonlySet<string>): Uint8Array | null {
  return lookupOf(segment).ids.docMask(docIds);
}

/** The corpus quotes closest to a page quote in one segment, closest first; quotes marked in `removed` are passed over. */
export function closestQuotes(
  segment: CompiledQuotes,
  pageWords: string[],
  speakerId: string | null = null,
  removed: Uint8Array | null = null,
  /** Where the page marks words left out: the page words from each break on are a later part of the quote. */
  breaks: readonly number[] = [],
): QuoteCandidate[] {
  const { prefixStart, speakerCodes, speakerCode, votes, fold } = lookupOf(segment);
  const words = foldWords(pageWords, fold);
  const speaker = speakerId === null ? -1 : (speakerCode.get(speakerId) ?? -1);
  // Votes per quote in a typed array, with the quotes touched listed to read and clear them.
  const touched: number[] = [];
  const vote = (quote: number, n: number) => {
    if (removed !== null && removed[quote] === 1) return;
    if (votes[quote] === 0) touched.push(quote);
    votes[quote] = Math.min(255, votes[quote] + n);
  };
  const common: [number, number][] = [];
  for (const hash of new Set(shingleHashes(words))) {
    const prefix = hash >>> 16;
    const from = lowerBound(segment.shingleHashes, hash, prefixStart[prefix], prefixStart[prefix + 1]);
    const to = lowerBound(segment.shingleHashes, hash + 1, from, prefixStart[prefix + 1]);
    if (to - from > SHINGLE_CAP) {
      common.push([from, to]);
      continue;
    }
    for (let i = from; i < to; i++) vote(segment.shingleQuotes[i], 1);
  }
  // Every shingle common ("the government has tried to …"): the quotes holding the two rarest together.
  if (!touched.length && common.length >= 2) {
    const [a, b] = common.sort((x, y) => x[1] - x[0] - (y[1] - y[0]));
    // A shingle's quotes are in ascending order: the two lists meet by galloping, no set of thousands.
    for (const quote of intersect(segment.shingleQuotes.subarray(a[0], a[1]), segment.shingleQuotes.subarray(b[0], b[1]))) vote(quote, 2);
  }
  if (!touched.length) return [];
  // Quotes with at least half the best one's votes are compared word by word, the best TOP of them.
  let most = 0;
  for (const quote of touched) most = Math.max(most, votes[quote]);
  const keys = new Float64Array(touched.length);
  let size = 0;
  for (const quote of touched) {
    const n = votes[quote];
    votes[quote] = 0;
    if (n * 2 < most) continue;
    // Among equals, the page's speaker's own quote first: the same words may be in many mouths.
    const theirs = speaker > 0 && speakerCodes[quote] === speaker;
    keys[size++] = packVote(n, Math.abs(segment.wordCounts[quote] - words.length), theirs, quote);
  }
  const ranked = keys.subarray(0, size).sort();
  const chosen: { quote: number; corpus: QuoteWords }[] = [];
  for (let k = size - 1; k >= Math.max(0, size - TOP); k--) {
    const quote = QUOTE_SPACE - 1 - (ranked[k] % QUOTE_SPACE);
    chosen.push({ quote, corpus: wordsOfQuote(segment, quote) });
  }
  // Numbered after the candidates' words are: a word new to the vocabulary is numbered by them.
  const pageIds = words.map((word) => quoteVocabulary.get(word) ?? -1);
  const candidates: QuoteCandidate[] = [];
  for (const { quote, corpus } of chosen) {
    const shared = sharedWords(pageIds, corpus.ids);
    // A verbatim part of a longer quote: every page word is in it, in order (each part in turn, where words are left out).
    const ordered = shared === words.length && containsParts(corpus.ids, pageIds, breaks);
    const fragment = words.length >= 5 && ordered;
    // All the words in another order ("Russia will be next if Belarus falls") are the quote reworded: half a word short of it.
    const reordered = !ordered && shared === words.length && shared === corpus.words.length ? 0.5 : 0;
    candidates.push({ segment, quote, words: corpus.words, pageWords: words, similarity: fragment ? 1 : (shared - reordered) / Math.max(words.length, corpus.words.length), fragment });
  }
  // Unless the page quote is one of them word for word, it may reword part of one.
  if (!candidates.some((c) => c.similarity === 1)) {
    for (const [k, candidate] of candidates.entries()) {
      const part = rewordedPart(words, pageIds, chosen[k].corpus);
      if (part && part.similarity > candidate.similarity) Object.assign(candidate, { similarity: part.similarity, part: { from: part.from, to: part.to } });
    }
  }
  // Equal similarity: the quote closest in length first (the whole quote over a longer one containing it).
  return candidates.sort((a, b) => b.similarity - a.similarity || Math.abs(a.words.length - words.length) - Math.abs(b.words.length - words.length));
}

/**
 * A page quote read as part of a longer corpus quote, reworded: "We are still
 * your friends" of "… trampled? We are still your brothers". The stretch of
 * the quote holding most of the page's words (a little longer than the page
 * quote, for words it left out) is compared word by word; the corpus words
 * before and after the part quoted are not changes. Null when the page quote
 * is short, or the part is not close enough.
 */
function rewordedPart(words: string[], pageIds: number[], corpus: QuoteWords): { similarity: number; from: number; to: number } | null {
  if (words.length < PART_MIN_WORDS || corpus.ids.length <= words.length) return null;
  const width = Math.min(corpus.ids.length, words.length + 2);
  const start = densestWindow(pageIds, corpus.ids, width);
  if (start.shared < PART_ALTERED * words.length) return null;
  // Compared with a little more on each side: a word changed at either end of the part is seen as changed, not as left out.
  const from = Math.max(0, start.at - 2);
  const to = Math.min(corpus.words.length, start.at + width + 2);
  const ops = outsideLeftOut(wordDiff(words, corpus.words.slice(from, to)));
  let same = 0;
  let span = 0;
  for (const op of ops) {
    const count = op.text.split(' ').length;
    if (op.op === 'same') same += count;
    if (op.op !== 'removed') span += count;
  }
  const similarity = same / Math.max(words.length, span);
  return similarity >= PART_ALTERED ? { similarity, from, to } : null;
}

/**
 * A diff of a quoted part without the corpus words before and after it: they
 * were not quoted, not changed. At either end, corpus words next to page words
 * that differ are a substitution, as many as the page has there; the rest go.
 */
function outsideLeftOut(ops: DiffOp[]): DiffOp[] {
  const count = (op: DiffOp) => op.text.split(' ').length;
  const keep = (op: DiffOp, words: number, fromEnd: boolean) => {
    const all = op.text.split(' ');
    op.text = (fromEnd ? all.slice(-words) : all.slice(0, words)).join(' ');
  };
  const trim = (edge: number, next: number, fromEnd: boolean) => {
    const [a, b] = [ops[edge], ops[next]];
    if (a?.op === 'added') {
      if (b?.op === 'removed') keep(a, count(b), fromEnd);
      else ops.splice(edge, 1);
    } else if (a?.op === 'removed' && b?.op === 'added') keep(b, count(a), fromEnd);
  };
  trim(0, 1, true);
  trim(ops.length - 1, ops.length - 2, false);
  return ops;
}

/** The window of `width` corpus words sharing the most words with the page (as multisets), first of equals. */
function densestWindow(pageIds: number[], corpusIds: Int32Array, width: number): { at: number; shared: number } {
  // `available` holds how many of each word the page has, less those in the window; cleared before returning.
  growAvailable();
  for (const id of pageIds) if (id >= 0) available[id]++;
  let shared = 0;
  const enter = (id: number) => {
    if (available[id] > 0) shared++;
    available[id]--;
  };
  const leave = (id: number) => {
    available[id]++;
    if (available[id] > 0) shared--;
  };
  for (let i = 0; i < width; i++) enter(corpusIds[i]);
  let best = { at: 0, shared };
  for (let at = 1; at + width <= corpusIds.length; at++) {
    leave(corpusIds[at - 1]);
    enter(corpusIds[at + width - 1]);
    if (shared > best.shared) best = { at, shared };
  }
  for (let i = corpusIds.length - width; i < corpusIds.length; i++) available[corpusIds[i]]++;
  for (const id of pageIds) if (id >= 0) available[id] = 0;
  return best;
}

/** The first index in [lo, hi) whose value is not below `value` (hi if none). */
function lowerBound(sorted: Uint32Array, value: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Quoted spans of a page block compared with the corpus: exact (same words, or
 * a verbatim fragment), altered (the same quote reworded, with a word diff) or
 * misattributed (the corpus words, put in someone else's mouth). A quote with
 * no corpus counterpart gives nothing.
 */
export function findQuotes(text: string, names: NameHit[], segments: CompiledQuotes[], removed: readonly (Uint8Array | null)[] = []): QuoteHit[] {
  const hits: QuoteHit[] = [];
  const spans = quotedSpans(text);
  let sentences: SentenceSpan[] | null = null;
  const sentencesOf = () => (sentences ??= pageSentences(text));
  for (const group of splitQuotes(text, spans)) {
    // Words left out are marked ("…", "[...]"), or a quote is split by who said it: the parts are each the speaker's words, in order.
    const parts = group.flatMap((span) => span.text.split(ELLIPSIS).map(quoteWords)).filter((part) => part.length > 0);
    const words = parts.flat();
    if (words.length < MIN_WORDS) continue;
    const breaks: number[] = [];
    let count = 0;
    for (const part of parts.slice(0, -1)) breaks.push((count += part.length));
    const last = group[group.length - 1];
    // Named beside the quote; or, failing that, by a pronoun ("…," he said) that can mean one person only.
    const pageSpeaker =
      speakerNear(text, group[0], names) ??
      (group.length > 1 ? speakerNear(text, last, names) : null) ??
      pronounSpeaker(text, group[0], names, spans, sentencesOf) ??
      (group.length > 1 ? pronounSpeaker(text, last, names, spans, sentencesOf) : null);
    const candidates = segments
      .flatMap((segment, i) => closestQuotes(segment, words, pageSpeaker?.entityId ?? null, removed[i] ?? null, breaks))
      .sort((a, b) => b.similarity - a.similarity);
    if (!candidates.length || candidates[0].similarity < ALTERED) continue;
    // The same words said by several people in the corpus: the page's speaker, if one of them, is the one quoted.
    const best =
      candidates.find((c) => c.similarity === candidates[0].similarity && pageSpeaker !== null && speakerOfQuote(c.segment, c.quote).entityId === pageSpeaker.entityId) ??
      candidates[0];
    const speaker = speakerOfQuote(best.segment, best.quote);
    const corpusSpeakerId = speaker.entityId || null;
    const exact = best.fragment || best.similarity === 1;
    const corpusSpeaker = speaker.name || null;
    // The page names someone else — not merely the same name resolved to another entry of the corpus.
    const misattributed =
      pageSpeaker !== null && corpusSpeakerId !== null && pageSpeaker.entityId !== corpusSpeakerId && !sameName(text.slice(pageSpeaker.start, pageSpeaker.end), corpusSpeaker);
    const diff = exact ? null : diffOf(best, group.map((span) => span.text).join(' … '));
    // Each part is highlighted, the attribution between them is not.
    for (const [i, span] of group.entries()) {
      hits.push({
        kind: 'quote',
        start: span.start,
        end: span.end,
        quoteId: quoteIdOf(best.segment, best.quote),
        verdict: misattributed ? 'misattributed' : exact ? 'exact' : 'altered',
        pageSpeaker: pageSpeaker?.alias ?? null,
        corpusSpeaker,
        diff,
        score: Number(best.similarity.toFixed(2)),
        ...(i > 0 && { continued: true as const }),
      });
    }
  }
  return hits;
}

/** Whether a stretch of text holds a verb of saying. */
function saysIn(stretch: string): boolean {
  VERBS.lastIndex = 0;
  return VERBS.test(stretch);
}

/**
 * Quoted spans grouped into quotes: one quote split by its attribution ("At
 * no stage," said Tikhanovskaya, "was it a fight against Russia.") is one
 * group of two spans; every other span is a group of its own.
 */
function splitQuotes(text: string, spans: Span[]): Span[][] {
  const groups: Span[][] = [];
  for (const span of spans) {
    const last = groups[groups.length - 1];
    const previous = last?.[last.length - 1];
    const between = previous ? SPLIT_BY.exec(text.slice(previous.end, span.start)) : null;
    if (last && between && saysIn(between[1])) last.push(span);
    else groups.push([span]);
  }
  return groups;
}

/** Whether the page writes the corpus speaker's name, in full or by surname. */
function sameName(written: string, corpusSpeaker: string | null): boolean {
  if (!corpusSpeaker) return false;
  const page = normalize(written);
  const corpus = normalize(corpusSpeaker);
  return page === corpus || corpus.endsWith(` ${page}`);
}

/** Whether each part of `needle` (cut at `breaks`) occurs in `haystack` as a run of consecutive words, each after the one before. */
function containsParts(haystack: Int32Array, needle: number[], breaks: readonly number[]): boolean {
  let from = 0;
  let start = 0;
  for (const end of [...breaks, needle.length]) {
    const at = indexOfRun(haystack, needle, start, end, from);
    if (at < 0) return false;
    from = at + end - start;
    start = end;
  }
  return true;
}

/** Where needle[start, end) first occurs in `haystack` as a run of consecutive words at or after `from`, or -1. */
function indexOfRun(haystack: Int32Array, needle: number[], start: number, end: number, from: number): number {
  const length = end - start;
  outer: for (let i = from; i + length <= haystack.length; i++) {
    for (let k = 0; k < length; k++) if (haystack[i + k] !== needle[start + k]) continue outer;
    return i;
  }
  return -1;
}

/** Words a corpus quote shares with a page quote, as multisets: each page word can be matched as often as the page has it. */
function sharedWords(pageIds: number[], corpusIds: Int32Array): number {
  growAvailable();
  for (const id of pageIds) if (id >= 0) available[id]++;
  let shared = 0;
  for (const id of corpusIds) {
    if (available[id] > 0) {
      available[id]--;
      shared++;
    }
  }
  for (const id of pageIds) if (id >= 0) available[id] = 0;
  return shared;
}

function growAvailable(): void {
  if (available.length >= quoteVocabulary.size) return;
  const grown = new Int32Array(Math.max(quoteVocabulary.size, available.length * 2));
  grown.set(available);
  available = grown;
}

/** The words that differ between a page quote and its corpus quote (or the part of it quoted), as each writes them. */
function diffOf(best: QuoteCandidate, pageText: string): DiffOp[] {
  const page = shownWords(pageText);
  const source = shownWords(best.segment.texts[best.quote]);
  // Written words line up with the words compared; where they might not, the compared ones are shown.
  const shown = page.length === best.pageWords.length && source.length === best.words.length ? { page, source } : undefined;
  if (!best.part) return wordDiff(best.pageWords, best.words, shown);
  const { from, to } = best.part;
  return outsideLeftOut(wordDiff(best.pageWords, best.words.slice(from, to), shown && { page, source: source.slice(from, to) }));
}

interface Span {
  start: number;
  end: number;
  text: string;
}

/** An ellipsis marking words left out of a quote: "...", "…", "[...]", "[…]". */
const ELLIPSIS = /\s*(?:\[\s*(?:…|\.\s?\.\s?\.)\s*\]|…|\.\s?\.\s?\.)\s*/;

const PAIRS: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“', '‘': '’', "'": "'" };
const VERB_AFTER = new RegExp(`^[^\\p{L}]*${VERB}`, 'u');
const VERB_AT = new RegExp(`^[^\\p{L}]*(?:${VERB}\\s+)?`, 'u');
const VERB_NEXT = new RegExp(`^\\s*${VERB}`, 'u');
const VERBS = new RegExp(`\\b${VERB}`, 'gu');
/** From a verb of saying to the quote: whom and where it was said ("told reporters in Moscow:", "said in a statement that"), in one sentence. */
const SAID_TO = /^[^.!?"“”«»]{0,40}?[:,]?\s*["“«„‘']?\s*$/u;

/** Text between quotation marks of any common style; offsets cover the words inside the marks. */
function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  const opener = /[“"«„‘']/g;
  for (let found = opener.exec(text); found; found = opener.exec(text)) {
    const i = found.index;
    // A single quote right after a letter is an apostrophe, not a quotation.
    if ((text[i] === '‘' || text[i] === "'") && /[\p{L}\p{N}]/u.test(text[i - 1] ?? '')) continue;
    const close = text[i] === "'" ? straightClose(text, i) : text.indexOf(PAIRS[text[i]], i + 1);
    if (close < 0) continue;
    const inner = text.slice(i + 1, close);
    const lead = inner.length - inner.trimStart().length;
    const trimmed = inner.trim().replace(/[,\s]+$/, '');
    if (trimmed) spans.push({ start: i + 1 + lead, end: i + 1 + lead + trimmed.length, text: trimmed });
    opener.lastIndex = close + 1;
  }
  return spans;
}

/**
 * Where a straight single quote opened at `open` closes, or -1: headlines and
 * British outlets quote 'like this', and the same mark is an apostrophe. It
 * opens before a letter ("'90s" does not), and closes after a word and before
 * no letter ("don't" and "Belarus's" stay inside), within one stretch of text
 * without other quotation marks: an apostrophe taken for one must not swallow
 * a real quotation ("protesters' flags" can close none across a "…").
 */
function straightClose(text: string, open: number): number {
  if (!/\p{L}/u.test(text[open + 1] ?? '')) return -1;
  const limit = Math.min(text.length, open + STRAIGHT_SPAN);
  for (let at = open + 1; at < limit; at++) {
    const ch = text[at];
    if (OTHER_MARKS.includes(ch)) return -1;
    if (ch === "'" && /\S/.test(text[at - 1]) && !/[\p{L}\p{N}]/u.test(text[at + 1] ?? '')) return at;
  }
  return -1;
}

/** Quotation marks that a straight single quote's span may not hold, and the longest span it may. */
const OTHER_MARKS = '"“”«»„';
const STRAIGHT_SPAN = 600;

/** The person the page credits with a quote: "…," said X / X said: "…" / according to X. */
function speakerNear(text: string, span: Span, names: NameHit[]): NameHit | null {
  const after = text.slice(span.end, span.end + 80);
  const before = text.slice(Math.max(0, span.start - 80), span.start);
  const people = names.filter((n) => n.entityType === 'person');
  if (VERB_AFTER.test(after)) {
    const at = span.end + after.match(VERB_AT)![0].length;
    // "said political analyst Alexander Morozov", not "said the spokesman for Putin".
    const person = people.find((n) => n.start >= at && n.start <= at + 40 && TITLE_GAP.test(text.slice(at, n.start)));
    if (person) return person;
  }
  const named = people.find((n) => n.start >= span.end && n.start <= span.end + 40 && VERB_NEXT.test(text.slice(n.end, n.end + 20)));
  if (named) return named;
  // "According to Putin, '…'": the one named after the words, behind a title at most ("according to analyst Alesia Rudnik").
  const according = ACCORDING_BEFORE.exec(before);
  if (according) {
    const from = span.start - before.length + according.index + according[1].length;
    return people.find((n) => n.start >= from && n.end <= span.start && TITLE_GAP.test(text.slice(from, n.start))) ?? null;
  }
  // The last verb of saying before the quote: in "Putin said the envoy had declared: '…'", the envoy speaks, not Putin.
  const verb = [...before.matchAll(VERBS)].pop();
  if (verb && SAID_TO.test(before.slice(verb.index + verb[0].length))) {
    // The one who speaks stands right before the verb, or before an aside between commas: "Morozov, an analyst, said";
    // in "Lukashenka's government, HRW says", Lukashenka does not speak.
    const verbAt = span.start - before.length + verb.index;
    return people.filter((n) => n.end <= verbAt && n.end >= span.start - 80 && SUBJECT_GAP.test(text.slice(n.end, verbAt))).pop() ?? null;
  }
  // "Putin: '…'", as headlines and interviews credit their quotes, where no verb of saying does ("told Putin:" is to him).
  return people.find((n) => n.end <= span.start && n.end >= span.start - 10 && COLON_GAP.test(text.slice(n.end, span.start))) ?? null;
}

/** Between the parts of a split quote: a comma inside or outside the closing mark, a short attribution (group 1), a comma and the opening mark. */
const SPLIT_BY = /^,?\s*["”»“’']\s*,?\s*([^"“”«».!?;:]{1,60}?)\s*,\s*["“«„‘']$/u;
/** "According to …," right before a quote's opening mark; group 1 ends where the speaker's words begin. */
const ACCORDING_BEFORE = /(according to\s+)[^.:"“”«»]{1,60}[,:]\s*["“«„‘']?\s*$/iu;
/** Between a speaker and the quote they are credited with by a colon. */
const COLON_GAP = /^\s*:\s*["“«„‘']?\s*$/u;
/** Words of a title between a verb and the speaker it credits, with no preposition or possessive (whose spokesman?). */
const TITLE_GAP = /^(?:(?!(?:for|of|to|with|from|by|about|on|at|in)\b)[\p{L}.-]+(?<!['’]s)\s+){0,4}$/iu;
/** Between a speaker and the verb (see TO_VERB). */
const SUBJECT_GAP = new RegExp(`^${TO_VERB}$`);
