import type { ClaimRecord, DocumentRecord, Origin, QuoteRecord, SentenceRecord } from '../shared/records';
import { NothingLeftError, type RawDocument } from './build-inputs';
import { extractClaims } from './claims';
import { cleanCapture } from './clean';
import { addLowercaseWords, nameSpansOf, slug, type AliasTable } from './entities';
import type { NamedMention } from './mentions';
import type { NameSpan } from './names/spans';
import { ChunkTokenizer } from './names/tagger';
import { extractQuotes } from './quotes';
import { splitSentences } from './sentences';

/**
 * The ingestion pipeline as steps over a share of a build's documents. Each
 * step but the merge of names into entities reads one document at a time,
 * so a build can hand shares to several workers and merge in between:
 * read → names (given the corpus's lower-case words) → [merge] → extract.
 * Run over one share holding every document, the steps are `buildPack`.
 */

/** Documents read: cleaned of page chrome and split into sentences. */
export interface ReadShare {
  documents: DocumentRecord[];
  /** Each document's sentences, in document order. */
  sentences: SentenceRecord[][];
}

/**
 * Cleans each capture and splits it into sentences. `firstIndex` is the
 * share's place among the build's inputs, for the error that names a
 * document with fewer than `minWords` words left.
 */
export function readShare(inputs: readonly RawDocument[], firstIndex: number, origin: Origin, minWords: number): ReadShare {
  const documents = inputs.map((input, i): DocumentRecord => {
    const { text, byline } = cleanCapture(input.raw, { title: input.meta.title, author: input.meta.author ?? null });
    // Checked after cleaning: a capture of navigation, share and cookie lines only is no document.
    const words = countWords(text, minWords);
    if (words < minWords) throw new NothingLeftError(firstIndex + i, input.key, words);
    return {
      id: `doc:${slug(input.key.replace(/\.[a-z0-9]+$/i, ''))}`,
      title: input.meta.title,
      outlet: input.meta.outlet ?? null,
      // A byline the capture carried fills in an author the metadata lacks.
      author: input.meta.author ?? byline,
      section: input.meta.section ?? null,
      published: input.meta.published ?? null,
      url: input.meta.url ?? null,
      language: input.meta.language ?? 'en',
      text,
      origin,
    };
  });
  const sentences = documents.map((doc) => splitSentences(doc.text).map((s, i): SentenceRecord => ({ id: `${doc.id}#s${i}`, docId: doc.id, ...s })));
  return { documents, sentences };
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The words of a text, counted up to `enough` (an article's thousand words need not all be found to know it has five). */
function countWords(text: string, enough: number): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (count < enough && WORD.exec(text)) count++;
  return count;
}

/** The distinct words the share's documents write in lower case. */
export function shareLowercaseWords(share: ReadShare): string[] {
  const words = new Set<string>();
  for (const doc of share.documents) addLowercaseWords(doc.text, words);
  return [...words];
}

/** Each document's name spans, in document order; `onDocument` after each (the slow part of a build). */
export function shareNameSpans(share: ReadShare, lowercase: ReadonlySet<string>, rules: boolean, onDocument?: () => void): NameSpan[] {
  // One tokenizer for the share: documents share most of their words.
  const tokenizer = new ChunkTokenizer();
  return share.documents.flatMap((doc, i) => {
    const spans = nameSpansOf({ docId: doc.id, text: doc.text, sentences: share.sentences[i] }, lowercase, rules, tokenizer);
    onDocument?.();
    return spans;
  });
}

/** Each document's claims and quotes, given the names the merge found in it (`named`, by document id). */
export function shareClaimsAndQuotes(
  share: ReadShare,
  named: ReadonlyMap<string, readonly NamedMention[]>,
  origin: Origin,
  onDocument?: () => void,
): { claims: ClaimRecord[]; quotes: QuoteRecord[] } {
  const claims: ClaimRecord[] = [];
  const quotes: QuoteRecord[] = [];
  share.documents.forEach((doc, i) => {
    const names = named.get(doc.id) ?? [];
    for (const c of extractClaims(doc.id, share.sentences[i], names, doc.published)) claims.push({ ...c, origin });
    for (const q of extractQuotes(doc.id, doc.text, share.sentences[i], names)) quotes.push({ ...q, origin });
    onDocument?.();
  });
  return { claims, quotes };
}
