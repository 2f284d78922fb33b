import { normalize } from './normalize';
import { STOPWORDS, stem } from './stem';
import { tokenize, type Token } from './tokens';

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
  return termsOfTokens(tokenize(normalize(text)));
}
