/**
 * A hash table from (node, word) pairs to child nodes, in typed arrays:
 * the edges of a word trie. Typed arrays store in IndexedDB as they are and
 * load without rebuilding, and hold hundreds of thousands of edges in a few
 * megabytes.
 */
export interface EdgeTable {
  /** Parent node of each slot, -1 where the slot is empty. */
  parent: Int32Array;
  word: Int32Array;
  child: Int32Array;
}

function slotOf(parent: number, word: number, mask: number): number {
  return (Math.imul(parent, 0x9e3779b1) ^ Math.imul(word + 1, 0x85ebca77)) & mask;
}

export function buildEdgeTable(edges: { parent: number; word: number; child: number }[]): EdgeTable {
  let capacity = 16;
  while (capacity < edges.length * 2) capacity *= 2;
  const table: EdgeTable = { parent: new Int32Array(capacity).fill(-1), word: new Int32Array(capacity), child: new Int32Array(capacity) };
  const mask = capacity - 1;
  for (const edge of edges) {
    let slot = slotOf(edge.parent, edge.word, mask);
    while (table.parent[slot] !== -1) slot = (slot + 1) & mask;
    table.parent[slot] = edge.parent;
    table.word[slot] = edge.word;
    table.child[slot] = edge.child;
  }
  return table;
}

/** The child of `parent` along `word`, or -1. */
export function childOf(table: EdgeTable, parent: number, word: number): number {
  const mask = table.parent.length - 1;
  for (let slot = slotOf(parent, word, mask); ; slot = (slot + 1) & mask) {
    const p = table.parent[slot];
    if (p === -1) return -1;
    if (p === parent && table.word[slot] === word) return table.child[slot];
  }
}
