/** A word of normalized text with its offsets in that text (possessive excluded). */
export interface Token {
  /** The word, possessive ('s, s') removed. */
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*'?/gu;

/** Words of a normalized text; "navalny's" reads as "navalny" and "protesters'" as "protesters". */
export function tokenize(normalized: string): Token[] {
  const tokens: Token[] = [];
  for (const match of normalized.matchAll(WORD)) {
    let word = match[0];
    if (word.endsWith("'s")) word = word.slice(0, -2);
    else if (word.endsWith("'")) word = word.slice(0, -1);
    // The possessive is not part of the name: a highlight covers "Navalny" in "Navalny's".
    tokens.push({ word, start: match.index, end: match.index + word.length });
  }
  return tokens;
}

/** A name's normalized words, for keys: "Alexander  Lukashenko’s" → ["alexander", "lukashenko"]. */
export function nameWords(normalized: string): string[] {
  return tokenize(normalized).map((t) => t.word);
}
