import { normalizeWithMap } from '../text/normalize';
import { tokenize, type Token } from '../text/tokens';

/** One block of page text, read once for every matcher: its normalised form, the map back, and its words. */
export interface BlockText {
  text: string;
  normalized: string;
  /** Offset in `text` of each character of `normalized`. */
  map: Int32Array;
  tokens: Token[];
}

export function readBlock(text: string): BlockText {
  const { text: normalized, map } = normalizeWithMap(text);
  return { text, normalized, map, tokens: tokenize(normalized) };
}
