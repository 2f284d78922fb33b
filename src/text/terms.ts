import { normalize } from './normalize';
import { STOPWORDS, stem } from './stem';
import type { Token } from './tokens';
import { PairTable } from '../shared/pair-table';

/** Units and quantities say nothing about what a statement is about: "26 years" of rule and a 26-year wait share only a unit. */
const UNIT_WORDS = new Set(
  'year month week day hour time number percent per cent dollar euro ruble pound thousand million billion trillion hundred dozen total'.split(' '),
);
/** Numbers in words are figures, not topics: "two years" of a river clean-up and of a stadium's renovation share no subject. */
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety half first second third fourth fifth'.split(' '),
);

/** Stems of the words seen so far: a page repeats its words, a corpus even more. */
const stems = new Map<string, string | null>();
const MAX_CACHED = 100_000;

/** The retrieval term of a word: its stem, or null for stopwords, short words, numbers and unit words. */
export function termOf(word: string): string | null {
  let term = stems.get(word);
  if (term === undefined) {
    const code = word.charCodeAt(0);
    term = word.length < 3 || (code >= 48 && code <= 57) || STOPWORDS.has(word) || NUMBER_WORDS.has(word) ? null : stem(word);
    if (term !== null && UNIT_WORDS.has(term)) term = null;
    if (stems.size >= MAX_CACHED) stems.clear();
    stems.set(word, term);
  }
  return term;
}

/** Distinct content terms of tokens[from, to): what two statements of one fact share. */
export function termsOfTokens(tokens: readonly Token[], from = 0, to = tokens.length): string[] {
  const out = new Set<string>();
  for (let i = from; i < to; i++) {
    const term = termOf(tokens[i].word);
    if (term !== null) out.add(term);
  }
  return [...out];
}

/** Distinct content terms of a text. */
export function contentTerms(text: string): string[] {
  const out = new Set<string>();
  forEachContentTerm(text, (term) => out.add(term));
  return [...out];
}

/**
 * Calls `visit` with each content term of a text (repeats included). A plain
 * (ASCII) word seen before costs one lookup by its hash, no substring.
 */
export function forEachContentTerm(text: string, visit: (term: string) => void): void {
  scanWords(text, (high, low, start, end, plain) => {
    let id = plain ? plainTerms.get(high, low) : -2;
    if (id === -2) {
      const term = termOfWord(text.slice(start, end), plain);
      id = term === null ? -1 : internTerm(term);
      if (plain) {
        if (plainTerms.size >= MAX_CACHED) plainTerms = new PairTable();
        plainTerms.set(high, low, id);
      }
    }
    if (id >= 0) visit(termNames[id]);
  });
}

/** The term of a word as written: lower-cased (or normalised, if not plain ASCII), possessive dropped. */
export function termOfWord(raw: string, plain: boolean): string | null {
  let word = plain ? raw.toLowerCase() : normalize(raw);
  if (word.endsWith("'s")) word = word.slice(0, -2);
  return termOf(word);
}

/**
 * Reads a text's words by character codes: letters and digits, with an
 * apostrophe or hyphen between two of them. For each word, `visit` gets a
 * 64-bit hash of it lower-cased (two 32-bit halves), its offsets, and whether
 * it is plain ASCII (a non-ASCII word's hash is not a key: it is normalised
 * first): compiling runs this on every corpus claim, so a word seen before can
 * be recognised without making a string of it.
 */
export function scanWords(text: string, visit: (high: number, low: number, start: number, end: number, plain: boolean) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    if (!isWordCode(code)) {
      i++;
      continue;
    }
    const start = i;
    let plain = true;
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    // One word: letters and digits, and an apostrophe or hyphen only between two of them. ASCII first: most of any text.
    for (;;) {
      if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90))) {
        const joiner = (code === 39 || code === 45 || code === 0x2019 || code === 0x2010 || code === 0x2011) && i + 1 < n && isWordCode(text.charCodeAt(i + 1));
        if (!joiner && !(code > 127 && isWordCode(code))) break;
        if (code !== 39 && code !== 45) plain = false;
      }
      const unit = code >= 65 && code <= 90 ? code + 32 : code;
      h1 = Math.imul(h1 ^ unit, 0x01000193);
      h2 = Math.imul(h2 ^ unit, 0x5bd1e995) ^ (h2 >>> 15);
      if (++i === n) break;
      code = text.charCodeAt(i);
    }
    visit(h1, h2, start, i, plain);
  }
}

/** Terms of plain (ASCII) words by their hash, as numbers into termNames (-1: no term). */
let plainTerms = new PairTable();
const termNames: string[] = [];
const termNumbers = new Map<string, number>();

function internTerm(term: string): number {
  let id = termNumbers.get(term);
  if (id === undefined) {
    id = termNames.length;
    termNames.push(term);
    termNumbers.set(term, id);
  }
  return id;
}

const WORD_CODE = /[\p{L}\p{N}]/u;

function isWordCode(code: number): boolean {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true;
  return code > 127 && WORD_CODE.test(String.fromCharCode(code));
}
