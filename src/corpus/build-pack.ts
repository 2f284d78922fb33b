import { fnv1a } from '../shared/hash';
import { PACK_FORMAT, PACK_VERSION, type ClaimRecord, type CorpusPack, type DocumentMeta, type DocumentRecord, type Origin, type QuoteRecord, type SentenceRecord } from '../shared/records';
import { extractClaims } from './claims';
import { cleanCapture } from './clean';
import { extractEntities, slug, type AliasTable } from './entities';
import { mentionsByDocument } from './mentions';
import { extractQuotes } from './quotes';
import { splitSentences } from './sentences';

export interface RawDocument {
  /** File name or other stable key; the document id is derived from it. */
  key: string;
  meta: DocumentMeta;
  raw: string;
}

export interface BuildOptions {
  origin?: Origin;
  aliasTable?: AliasTable;
  /** false: names as the tagger alone finds them (for the evaluation's comparison). */
  nameRules?: boolean;
  /** Fewer words than this left in a document once its chrome is removed refuses the build (default 1: an empty document). */
  minWords?: number;
  /** Called as the build goes: each document is read twice (names, then claims and quotes), so `total` is twice their number. */
  onProgress?(done: number, total: number): void;
}

/** A document with (almost) nothing left once its page chrome is removed: it would be stored with no text. */
export class NothingLeftError extends Error {
  constructor(
    /** Index of the document among the build's inputs. */
    readonly index: number,
    readonly key: string,
    readonly words: number,
  ) {
    super(`${key}: ${words ? `only ${words} word${words === 1 ? '' : 's'}` : 'nothing'} left once page chrome (navigation, share, cookie and subscription lines) is removed`);
    this.name = 'NothingLeftError';
  }
}

/**
 * The ingestion pipeline: raw documents in, a corpus pack out — cleaned text,
 * sentences, names, claims and quotes, every one with offsets into its
 * document. Pure and deterministic: the same input gives the same pack.
 */
export function buildPack(inputs: RawDocument[], options: BuildOptions = {}): CorpusPack {
  const origin = options.origin ?? 'default';
  const minWords = Math.max(1, options.minWords ?? 1);
  const documents: DocumentRecord[] = inputs.map((input, index) => {
    const { text, byline } = cleanCapture(input.raw, { title: input.meta.title, author: input.meta.author ?? null });
    // Checked after cleaning: a capture of navigation, share and cookie lines only is no document.
    const words = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
    if (words < minWords) throw new NothingLeftError(index, input.key, words);
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
  const sentencesByDoc = documents.map((doc) =>
    splitSentences(doc.text).map((s, i): SentenceRecord => ({ id: `${doc.id}#s${i}`, docId: doc.id, ...s })),
  );
  let done = 0;
  const step = () => options.onProgress?.(++done, documents.length * 2);
  const entities = extractEntities(
    documents.map((doc, i) => ({ docId: doc.id, text: doc.text, sentences: sentencesByDoc[i] })),
    options.aliasTable,
    { rules: options.nameRules ?? true, onDocument: step },
  ).map((e) => ({ ...e, origin }));
  const named = mentionsByDocument(entities);
  const claims: ClaimRecord[] = [];
  const quotes: QuoteRecord[] = [];
  documents.forEach((doc, i) => {
    for (const c of extractClaims(doc.id, sentencesByDoc[i], named.get(doc.id) ?? [], doc.published)) claims.push({ ...c, origin });
    for (const q of extractQuotes(doc.id, doc.text, sentencesByDoc[i], named.get(doc.id) ?? [])) quotes.push({ ...q, origin });
    step();
  });
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    id: fnv1a(JSON.stringify(inputs.map((d) => [d.key, d.meta, d.raw])) + JSON.stringify(options.aliasTable ?? null)),
    documents,
    sentences: sentencesByDoc.flat(),
    entities,
    claims,
    quotes,
  };
}
