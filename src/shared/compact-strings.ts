/**
 * `value` with every string in V8's narrowest form. A string cut from a text
 * holding any character past U+00FF (curly quotes, dashes: most news) is kept
 * two bytes a character even when its own characters are plain ASCII, and
 * structured cloning (IndexedDB, messages) keeps that form. Parsing JSON gives
 * each string the form its characters need, so strings and arrays of strings
 * are passed through JSON; objects and other arrays are walked, numbers and
 * typed arrays left as they are. Plain data only (what structured cloning stores).
 */
export function compactStrings<T>(value: T): T {
  if (Array.isArray(value)) {
    if (value.length && value.every((item) => typeof item === 'string')) return JSON.parse(JSON.stringify(value)) as T;
    return value.map(compactStrings) as T;
  }
  if (typeof value === 'string') return JSON.parse(JSON.stringify(value)) as T;
  if (!value || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, compactStrings(inner)])) as T;
}
