/** A word of normalized text with its offsets in that text (possessive excluded). */
export interface Token {
  /** The word, possessive ('s, s') removed. */
  word: string;
  start: number;
  end: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Non-ASCII code units seen so far, and whether each is a letter or digit. */
const wordChars = new Map<number, boolean>();

function isWordChar(code: number): boolean {
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return true;
  if (code < 128) return code >= 65 && code <= 90;
  let known = wordChars.get(code);
  if (known === undefined) {
    // Surrogate halves are read as letters: scripts beyond the BMP stay inside words.
    known = (code >= 0xd800 && code <= 0xdfff) || LETTER_OR_DIGIT.test(String.fromCharCode(code));
    wordChars.set(code, known);
  }
  return known;
}

/**
 * Words of a normalized text: runs of letters and digits joined by single
 * hyphens or apostrophes ("ovd-info", "o'brien"); "navalny's" reads as
 * "navalny" and "protesters'" as "protesters". A scan by character codes:
 * this runs on every page block.
 */
export function tokenize(normalized: string): Token[] {
  const tokens: Token[] = [];
  const n = normalized.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(normalized.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n && isWordChar(normalized.charCodeAt(i))) i++;
      const joiner = normalized.charCodeAt(i);
      if ((joiner === 45 || joiner === 39) && i + 1 < n && isWordChar(normalized.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      break;
    }
    let end = i;
    // The possessive is not part of the name: a highlight covers "Navalny" in "Navalny's".
    if (normalized.charCodeAt(end - 1) === 115 && normalized.charCodeAt(end - 2) === 39 && end - 2 > start) end -= 2;
    else if (normalized.charCodeAt(i) === 39) i++; // "protesters'" — the apostrophe is not part of the word
    tokens.push({ word: normalized.slice(start, end), start, end });
  }
  return tokens;
}
