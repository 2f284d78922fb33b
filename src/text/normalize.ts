/**
 * Matching-grade normalisation with a map back to the original offsets:
 * lower case, no diacritics, one apostrophe (’ ʼ ‘ ` → '), one hyphen
 * (– — ‐ ‑ → -), and runs of whitespace (NBSP included) as one space.
 */
export interface Normalized {
  text: string;
  /** map[i] = offset in the original of normalized character i; map[text.length] = original length. */
  map: Int32Array;
}

const APOSTROPHES = new Set(['\'', '’', 'ʼ', '‘', '`', '´']);
const HYPHENS = new Set(['-', '‐', '‑', '‒', '–', '—', '―']);
const COMBINING = /\p{M}/u;
const SPACE = /\s/;
/** Folded forms of non-ASCII characters: a page repeats the same few many times. */
const folded = new Map<string, string>();

/** Printable ASCII words (no backtick) with single spaces between: kept as is, only lower-cased. Most of any English page. */
const PLAIN_RUN = /[!-_a-~]+(?: [!-_a-~]+)*/y;

export function normalizeWithMap(original: string): Normalized {
  const length = original.length;
  // Folding lengthens a character only in rare cases (ligatures); the map grows if it does.
  let map = new Int32Array(length + 1);
  const parts: string[] = [];
  let size = 0;
  let lastSpace = false;
  for (let i = 0; i < length; ) {
    PLAIN_RUN.lastIndex = i;
    const run = PLAIN_RUN.exec(original);
    if (run) {
      const chunk = run[0];
      parts.push(chunk.toLowerCase());
      for (let k = 0; k < chunk.length; k++) map[size++] = i + k;
      i += chunk.length;
      lastSpace = false;
      continue;
    }
    const ch = original[i];
    if (SPACE.test(ch)) {
      if (!lastSpace) {
        map[size++] = i;
        parts.push(' ');
      }
      lastSpace = true;
      i++;
      continue;
    }
    lastSpace = false;
    const out = APOSTROPHES.has(ch) ? "'" : HYPHENS.has(ch) ? '-' : foldLetter(ch);
    if (size + out.length >= map.length) {
      const grown = new Int32Array(map.length * 2 + out.length);
      grown.set(map);
      map = grown;
    }
    for (let k = 0; k < out.length; k++) map[size++] = i;
    parts.push(out);
    i++;
  }
  map[size] = length;
  return { text: parts.join(''), map: map.subarray(0, size + 1) };
}

/** Printable ASCII without backticks: normalised by lower-casing and folding spaces alone. */
const PLAIN_TEXT = /^[ !-_a-~]*$/;

/** The normalized form alone. */
export function normalize(text: string): string {
  if (PLAIN_TEXT.test(text)) return text.toLowerCase().replace(/ {2,}/g, ' ').trim();
  return normalizeWithMap(text).text.trim();
}

function foldLetter(ch: string): string {
  let out = folded.get(ch);
  if (out === undefined) {
    out = '';
    for (const part of ch.normalize('NFD')) if (!COMBINING.test(part)) out += part;
    out = out.toLowerCase();
    folded.set(ch, out);
  }
  return out;
}
