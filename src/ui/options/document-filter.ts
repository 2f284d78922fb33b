import type { DocumentSummary } from '../../shared/messages';
import { normalize } from '../../text/normalize';

/** Words of a text, case and accents aside, each after a space: " kyiv post". */
function wordsOf(text: string): string {
  return ` ${normalize(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`;
}

/** What a document is found by: the words of its title and outlet. */
export function searchTextOf(doc: DocumentSummary): string {
  return wordsOf(`${doc.title} ${doc.outlet ?? ''}`);
}

/**
 * The documents in whose search text every word of the query starts a word
 * ("12" finds "Dispatch 120", not "Dispatch 312"), in their order; all of them
 * for an empty query.
 */
export function filterDocuments(documents: DocumentSummary[], searchTexts: readonly string[], query: string): DocumentSummary[] {
  const words = wordsOf(query).split(' ').filter(Boolean);
  if (!words.length) return documents;
  return documents.filter((_, i) => words.every((word) => searchTexts[i].includes(` ${word}`)));
}
