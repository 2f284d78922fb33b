import { hash64 } from '../shared/hash';

/**
 * A document's text as a key, whatever its title: the same article added
 * again under another title, or the default corpus's article pasted, is the
 * document the corpus holds. Spacing aside, the text must be the same.
 */
export function textKeyOf(text: string): string {
  return hash64(text.replace(/\s+/g, ' ').trim());
}
