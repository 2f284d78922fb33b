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

const APOSTROPHES = /['’ʼ‘`´]/;
const HYPHENS = /[-‐‑‒–—―]/;
const COMBINING = /\p{M}/u;

export function normalizeWithMap(original: string): Normalized {
  let text = '';
  const map: number[] = [];
  let lastSpace = false;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    // Plain ASCII letters and digits, most of any English page, take the short way.
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90)) {
      text += code <= 90 && code >= 65 ? String.fromCharCode(code + 32) : original[i];
      map.push(i);
      lastSpace = false;
      continue;
    }
    const ch = original[i];
    if (/\s/.test(ch)) {
      if (!lastSpace) {
        text += ' ';
        map.push(i);
      }
      lastSpace = true;
      continue;
    }
    lastSpace = false;
    const folded = APOSTROPHES.test(ch) ? "'" : HYPHENS.test(ch) ? '-' : foldLetter(ch);
    for (const out of folded) {
      text += out;
      map.push(i);
    }
  }
  map.push(original.length);
  return { text, map: Int32Array.from(map) };
}

/** The normalized form alone. */
export function normalize(text: string): string {
  return normalizeWithMap(text).text.trim();
}

function foldLetter(ch: string): string {
  const base = ch.normalize('NFD');
  let out = '';
  for (const part of base) if (!COMBINING.test(part)) out += part;
  return out.toLowerCase();
}
