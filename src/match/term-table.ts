/**
 * A vocabulary's ids by the hash of each word (FNV-1a over its UTF-16
 * units), in an open-addressing table of typed integers. It is built when a
 * segment is compiled and stored with it, so a service-worker wake looks
 * words up at once, instead of first filling a Map with every word of the
 * corpus (80 ms at 10,000 documents).
 */
export function buildTermTable(words: readonly string[]): Int32Array {
  let size = 16;
  while (size < 2 * words.length) size *= 2;
  const table = new Int32Array(size).fill(-1);
  const mask = size - 1;
  for (let id = 0; id < words.length; id++) {
    let slot = hashOf(words[id], 0) & mask;
    while (table[slot] !== -1) slot = (slot + 1) & mask;
    table[slot] = id;
  }
  return table;
}

/**
 * The id of `word`, read as if `prefix` (a character code, 0 for none) were
 * written before it ("@" + an entity id), without making that string; -1
 * when the vocabulary has no such word.
 */
export function lookupTerm(table: Int32Array, words: readonly string[], word: string, prefix = 0): number {
  const mask = table.length - 1;
  const extra = prefix ? 1 : 0;
  for (let slot = hashOf(word, prefix) & mask; ; slot = (slot + 1) & mask) {
    const id = table[slot];
    if (id === -1) return -1;
    const candidate = words[id];
    if (candidate.length === word.length + extra && (!prefix || candidate.charCodeAt(0) === prefix) && candidate.startsWith(word, extra)) return id;
  }
}

/** FNV-1a of `prefix` (when not 0) then `word`: "@" then "ent:x" hashes as "@ent:x" does. */
function hashOf(word: string, prefix: number): number {
  let hash = 0x811c9dc5;
  if (prefix) hash = Math.imul(hash ^ prefix, 0x01000193);
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
