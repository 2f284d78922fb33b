/**
 * Ids in a typed array two bytes each while every one fits (under 65,536),
 * four past that: most of a compiled segment is ids, and most of its id
 * spaces (terms, quotes, kinds of count) stay small.
 */
export type IdArray = Uint16Array | Int32Array;

/** `ids`, all in [0, bound), in the narrowest IdArray that holds them. */
export function narrowIds(ids: Int32Array, bound: number): IdArray {
  return bound <= 0x10000 ? new Uint16Array(ids) : ids;
}
