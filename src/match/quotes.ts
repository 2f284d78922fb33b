import type { DiffOp, NameHit, QuoteHit } from '../shared/hits';
import type { QuoteRecord } from '../shared/records';
import { fnv1a32 } from '../shared/hash';
import { normalize } from '../text/normalize';
import { intersect } from './sorted';
import { wordDiff } from './word-diff';

/**
 * A corpus segment's quotes, indexed by three-word shingles: hashes sorted
 * with the quote each comes from, so a page quote finds its candidates by
 * binary search. Plain data with typed arrays, stored in IndexedDB as is.
 */
export interface CompiledQuotes {
  quoteIds: string[];
  texts: string[];
  /** '' where unknown. */
  speakers: string[];
  speakerEntityIds: string[];
  /** Words in each quote: among quotes that share a page quote's words, the one of its length is it. */
  wordCounts: Uint16Array;
  shingleHashes: Uint32Array;
  shingleQuotes: Int32Array;
}

const SHINGLE = 3;
const MIN_WORDS = 4;
/** Share of words in common for "the same quote, reworded". */
const ALTERED = 0.6;
/** Candidates compared word by word per page quote: shingles shared by many quotes do not vote, so the rest are compared in full. */
const TOP = 24;
/** A shingle in more quotes than this ("the government has") tells none of them apart: it votes for nothing. */
const SHINGLE_CAP = 64;

export function quoteWords(text: string): string[] {
  return normalize(text).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
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

export function compileQuotes(quotes: QuoteRecord[]): CompiledQuotes {
  // Packed (hash, quote) keys in a typed array: a plain array would box each one.
  let keys = new Float64Array(Math.max(1024, quotes.length * 24));
  let size = 0;
  const wordCounts = new Uint16Array(quotes.length);
  quotes.forEach((quote, i) => {
    const words = quoteWords(quote.text);
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
    quoteIds: quotes.map((q) => q.id),
    texts: quotes.map((q) => q.text),
    speakers: quotes.map((q) => q.speaker ?? ''),
    speakerEntityIds: quotes.map((q) => q.speakerEntityId ?? ''),
    wordCounts,
    shingleHashes: shingleHashes_,
    shingleQuotes,
  };
}

/** A corpus quote close to a page quote. */
export interface QuoteCandidate {
  segment: CompiledQuotes;
  quote: number;
  words: string[];
  similarity: number;
  /** The page quote is a verbatim part of the corpus quote. */
  fragment: boolean;
}

/** A corpus quote's words, read once per loaded segment: pages quote the same few again and again. */
const wordsCache = new WeakMap<CompiledQuotes, Map<number, string[]>>();

function wordsOfQuote(segment: CompiledQuotes, quote: number): string[] {
  let cache = wordsCache.get(segment);
  if (!cache) wordsCache.set(segment, (cache = new Map()));
  let words = cache.get(quote);
  if (!words) cache.set(quote, (words = quoteWords(segment.texts[quote])));
  return words;
}

/** The corpus quotes closest to a page quote in one segment, closest first. */
export function closestQuotes(segment: CompiledQuotes, words: string[], speakerId: string | null = null): QuoteCandidate[] {
  const votes = new Map<number, number>();
  const common: [number, number][] = [];
  for (const hash of new Set(shingleHashes(words))) {
    const from = lowerBound(segment.shingleHashes, hash);
    let to = from;
    while (to < segment.shingleHashes.length && segment.shingleHashes[to] === hash) to++;
    if (to - from > SHINGLE_CAP) {
      common.push([from, to]);
      continue;
    }
    for (let i = from; i < to; i++) {
      const quote = segment.shingleQuotes[i];
      votes.set(quote, (votes.get(quote) ?? 0) + 1);
    }
  }
  // Every shingle common ("the government has tried to …"): the quotes holding the two rarest together.
  if (!votes.size && common.length >= 2) {
    const [a, b] = common.sort((x, y) => x[1] - x[0] - (y[1] - y[0]));
    // A shingle's quotes are in ascending order: the two lists meet by galloping, no set of thousands.
    for (const quote of intersect(segment.shingleQuotes.subarray(a[0], a[1]), segment.shingleQuotes.subarray(b[0], b[1]))) votes.set(quote, 2);
  }
  const distance = (quote: number) => Math.abs(segment.wordCounts[quote] - words.length);
  const pageCounts = countWords(words);
  const candidates: QuoteCandidate[] = [];
  // Quotes with at least half the best one's votes are compared word by word.
  let most = 0;
  for (const n of votes.values()) most = Math.max(most, n);
  const voted = [...votes].filter(([, n]) => n * 2 >= most);
  // Among equals, the page's speaker's own quote first: the same words may be in many mouths.
  const theirs = (quote: number) => (speakerId !== null && segment.speakerEntityIds[quote] === speakerId ? 0 : 1);
  for (const [quote] of voted.sort((a, b) => b[1] - a[1] || distance(a[0]) - distance(b[0]) || theirs(a[0]) - theirs(b[0]) || a[0] - b[0]).slice(0, TOP)) {
    const corpusWords = wordsOfQuote(segment, quote);
    const shared = sharedWords(pageCounts, corpusWords);
    // A verbatim part of a longer quote: every page word is in it, in order.
    const fragment = words.length >= 5 && shared === words.length && contains(corpusWords, words);
    candidates.push({ segment, quote, words: corpusWords, similarity: fragment ? 1 : shared / Math.max(words.length, corpusWords.length), fragment });
  }
  // Equal similarity: the quote closest in length first (the whole quote over a longer one containing it).
  return candidates.sort((a, b) => b.similarity - a.similarity || Math.abs(a.words.length - words.length) - Math.abs(b.words.length - words.length));
}

function lowerBound(sorted: Uint32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
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
export function findQuotes(text: string, names: NameHit[], segments: CompiledQuotes[]): QuoteHit[] {
  const hits: QuoteHit[] = [];
  for (const span of quotedSpans(text)) {
    const words = quoteWords(span.text);
    if (words.length < MIN_WORDS) continue;
    const pageSpeaker = speakerNear(text, span, names);
    const candidates = segments.flatMap((segment) => closestQuotes(segment, words, pageSpeaker?.entityId ?? null)).sort((a, b) => b.similarity - a.similarity);
    if (!candidates.length || candidates[0].similarity < ALTERED) continue;
    // The same words said by several people in the corpus: the page's speaker, if one of them, is the one quoted.
    const best =
      candidates.find((c) => c.similarity === candidates[0].similarity && pageSpeaker !== null && c.segment.speakerEntityIds[c.quote] === pageSpeaker.entityId) ?? candidates[0];
    const corpusSpeakerId = best.segment.speakerEntityIds[best.quote] || null;
    const exact = best.fragment || best.similarity === 1;
    const corpusSpeaker = best.segment.speakers[best.quote] || null;
    // The page names someone else — not merely the same name resolved to another entry of the corpus.
    const misattributed =
      pageSpeaker !== null && corpusSpeakerId !== null && pageSpeaker.entityId !== corpusSpeakerId && !sameName(text.slice(pageSpeaker.start, pageSpeaker.end), corpusSpeaker);
    hits.push({
      kind: 'quote',
      start: span.start,
      end: span.end,
      quoteId: best.segment.quoteIds[best.quote],
      verdict: misattributed ? 'misattributed' : exact ? 'exact' : 'altered',
      pageSpeaker: pageSpeaker?.alias ?? null,
      corpusSpeaker,
      diff: !exact ? diffOf(words, best.words) : null,
      score: Number(best.similarity.toFixed(2)),
    });
  }
  return hits;
}

/** Whether the page writes the corpus speaker's name, in full or by surname. */
function sameName(written: string, corpusSpeaker: string | null): boolean {
  if (!corpusSpeaker) return false;
  const page = normalize(written);
  const corpus = normalize(corpusSpeaker);
  return page === corpus || corpus.endsWith(` ${page}`);
}

function contains(haystack: string[], needle: string[]): boolean {
  return ` ${haystack.join(' ')} `.includes(` ${needle.join(' ')} `);
}

function countWords(words: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** Reused between calls: how many of each page word a corpus quote has used up. */
const used = new Map<string, number>();

/** Words a corpus quote shares with a page quote (as multisets), against the page's word counts. */
function sharedWords(pageCounts: Map<string, number>, corpusWords: string[]): number {
  let shared = 0;
  for (const w of corpusWords) {
    const available = pageCounts.get(w);
    if (!available) continue;
    const taken = used.get(w) ?? 0;
    if (taken < available) {
      shared++;
      used.set(w, taken + 1);
    }
  }
  used.clear();
  return shared;
}

function diffOf(pageWords: string[], corpusWords: string[]): DiffOp[] {
  return wordDiff(pageWords, corpusWords);
}

interface Span {
  start: number;
  end: number;
  text: string;
}

const PAIRS: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“', '‘': '’' };
const VERB = '(?:said|says|told|explained|added|noted|argued|wrote|according to|insisted|claimed)';
const VERB_AFTER = new RegExp(`^[^\\p{L}]*${VERB}`, 'u');
const VERB_AT = new RegExp(`^[^\\p{L}]*(?:${VERB}\\s+)?`, 'u');
const VERB_NEXT = new RegExp(`^\\s*${VERB}`, 'u');
const VERB_BEFORE = new RegExp(`${VERB}[^.]{0,10}[:,]?\\s*["“«„‘]?$`, 'u');

/** Text between quotation marks of any common style; offsets cover the words inside the marks. */
function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  const opener = /[“"«„‘]/g;
  for (let found = opener.exec(text); found; found = opener.exec(text)) {
    const i = found.index;
    // A single quote right after a letter is an apostrophe, not a quotation.
    if (text[i] === '‘' && /\p{L}/u.test(text[i - 1] ?? '')) continue;
    const close = text.indexOf(PAIRS[text[i]], i + 1);
    if (close < 0) continue;
    const inner = text.slice(i + 1, close);
    const lead = inner.length - inner.trimStart().length;
    const trimmed = inner.trim().replace(/[,\s]+$/, '');
    if (trimmed) spans.push({ start: i + 1 + lead, end: i + 1 + lead + trimmed.length, text: trimmed });
    opener.lastIndex = close + 1;
  }
  return spans;
}

/** The person the page credits with a quote: "…," said X / X said: "…" / according to X. */
function speakerNear(text: string, span: Span, names: NameHit[]): NameHit | null {
  const after = text.slice(span.end, span.end + 80);
  const before = text.slice(Math.max(0, span.start - 80), span.start);
  const people = names.filter((n) => n.entityType === 'person');
  if (VERB_AFTER.test(after)) {
    const at = span.end + after.match(VERB_AT)![0].length;
    const person = people.find((n) => n.start >= at && n.start <= at + 40);
    if (person) return person;
  }
  const named = people.find((n) => n.start >= span.end && n.start <= span.end + 40 && VERB_NEXT.test(text.slice(n.end, n.end + 20)));
  if (named) return named;
  if (VERB_BEFORE.test(before)) return people.filter((n) => n.end <= span.start && n.end >= span.start - 80).pop() ?? null;
  return null;
}
