import type { DiffOp, NameHit, QuoteHit } from '../shared/hits';
import type { QuoteRecord } from '../shared/records';
import { normalize } from '../text/normalize';
import { wordDiff } from './word-diff';

export interface CompiledQuote {
  id: string;
  words: string[];
  speaker: string | null;
  speakerEntityId: string | null;
}

export function quoteWords(text: string): string[] {
  return normalize(text).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
}

export function compileQuotes(quotes: QuoteRecord[]): CompiledQuote[] {
  return quotes.map((q) => ({ id: q.id, words: quoteWords(q.text), speaker: q.speaker, speakerEntityId: q.speakerEntityId }));
}

const SHINGLE = 3;
const MIN_WORDS = 4;
/** Share of words in common (of the shorter) for "the same quote, reworded". */
const ALTERED = 0.6;
const VERB = '(?:said|says|told|explained|added|noted|argued|wrote|according to|insisted|claimed)';

/** Quoted spans in page text, matched to corpus quotes through a shingle index. */
export class QuoteIndex {
  private readonly shingles = new Map<string, number[]>();

  constructor(private readonly quotes: CompiledQuote[]) {
    quotes.forEach((quote, i) => {
      for (const key of shinglesOf(quote.words)) {
        const list = this.shingles.get(key) ?? [];
        if (list[list.length - 1] !== i) list.push(i);
        this.shingles.set(key, list);
      }
    });
  }

  find(text: string, names: NameHit[]): QuoteHit[] {
    const hits: QuoteHit[] = [];
    for (const span of quotedSpans(text)) {
      const words = quoteWords(span.text);
      if (words.length < MIN_WORDS) continue;
      const votes = new Map<number, number>();
      for (const key of shinglesOf(words)) for (const i of this.shingles.get(key) ?? []) votes.set(i, (votes.get(i) ?? 0) + 1);
      let best: { quote: CompiledQuote; similarity: number; fragment: boolean } | null = null;
      for (const [i] of [...votes].sort((a, b) => b[1] - a[1]).slice(0, 5)) {
        const quote = this.quotes[i];
        const fragment = words.length >= 5 && contains(quote.words, words);
        const similarity = fragment ? 1 : overlap(words, quote.words);
        if (!best || similarity > best.similarity) best = { quote, similarity, fragment };
      }
      if (!best || best.similarity < ALTERED) continue;
      const pageSpeaker = speakerNear(text, span, names);
      const exact = best.fragment || best.similarity === 1;
      const misattributed = pageSpeaker !== null && best.quote.speakerEntityId !== null && pageSpeaker.entityId !== best.quote.speakerEntityId;
      hits.push({
        kind: 'quote',
        start: span.start,
        end: span.end,
        quoteId: best.quote.id,
        verdict: misattributed ? 'misattributed' : exact ? 'exact' : 'altered',
        pageSpeaker: pageSpeaker?.alias ?? null,
        corpusSpeaker: best.quote.speaker,
        diff: !exact ? diffOf(span.text, best.quote.words) : null,
        score: Number(best.similarity.toFixed(2)),
      });
    }
    return hits;
  }
}

function shinglesOf(words: string[]): string[] {
  if (words.length < SHINGLE) return [words.join(' ')];
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) out.push(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

function contains(haystack: string[], needle: string[]): boolean {
  const h = ` ${haystack.join(' ')} `;
  return h.includes(` ${needle.join(' ')} `);
}

/** Words in common over the shorter quote's length (multiset). */
function overlap(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of a) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return shared / Math.max(a.length, b.length);
}

function diffOf(pageText: string, corpusWords: string[]): DiffOp[] {
  return wordDiff(quoteWords(pageText), corpusWords);
}

interface Span {
  start: number;
  end: number;
  text: string;
}

const PAIRS: [string, string][] = [
  ['“', '”'],
  ['"', '"'],
  ['«', '»'],
  ['„', '“'],
  ['‘', '’'],
];

/** Text between quotation marks of any common style; offsets cover the words inside the marks. */
function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  const opener = /[“"«„‘]/g;
  for (let found = opener.exec(text); found; found = opener.exec(text)) {
    const i = found.index;
    const pair = PAIRS.find(([open]) => open === text[i])!;
    // A single quote right after a letter is an apostrophe, not a quotation.
    if (pair[0] === '‘' && /\p{L}/u.test(text[i - 1] ?? '')) continue;
    const close = text.indexOf(pair[1], i + 1);
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
  const afterMatch = after.match(new RegExp(`^[^\\p{L}]*(?:${VERB}\\s+)?`, 'u'));
  if (afterMatch && new RegExp(`^[^\\p{L}]*${VERB}`, 'u').test(after)) {
    const at = span.end + afterMatch[0].length;
    const person = people.find((n) => n.start >= at && n.start <= at + 40);
    if (person) return person;
  }
  const named = people.find((n) => n.start >= span.end && n.start <= span.end + 40 && new RegExp(`^\\s*${VERB}`, 'u').test(text.slice(n.end, n.end + 20)));
  if (named) return named;
  if (new RegExp(`${VERB}[^.]{0,10}[:,]?\\s*["“«„‘]?$`, 'u').test(before)) {
    return people.filter((n) => n.end <= span.start && n.end >= span.start - 80).pop() ?? null;
  }
  return null;
}
