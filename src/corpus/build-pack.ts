import type { CorpusPack } from '../shared/records';
import { packOf, type RawDocument } from './build-inputs';
import { buildSettings, type BuildOptions } from './build-options';
import { readShare, shareClaimsAndQuotes, shareLowercaseWords, shareNameSpans } from './build-steps';
import { entitiesFromSpans } from './entities';
import { mentionsByDocument } from './mentions';

export { NothingLeftError, type RawDocument } from './build-inputs';
export type { BuildOptions } from './build-options';

/**
 * The ingestion pipeline: raw documents in, a corpus pack out — cleaned text,
 * sentences, names, claims and quotes, every one with offsets into its
 * document. Pure and deterministic: the same input gives the same pack, in
 * one thread or split over workers (`buildPackInParallel`).
 */
export function buildPack(inputs: RawDocument[], options: BuildOptions = {}): CorpusPack {
  const { origin, rules, minWords } = buildSettings(options);
  const share = readShare(inputs, 0, origin, minWords);
  let done = 0;
  const step = () => options.onProgress?.(++done, inputs.length * 2);
  const lowercase = new Set(shareLowercaseWords(share));
  const spans = shareNameSpans(share, lowercase, rules, step);
  const texts = new Map(share.documents.map((doc) => [doc.id, doc.text]));
  const entities = entitiesFromSpans(spans, texts, lowercase, options.aliasTable, rules).map((e) => ({ ...e, origin }));
  const { claims, quotes } = shareClaimsAndQuotes(share, mentionsByDocument(entities), origin, step);
  return packOf(inputs, options.aliasTable, { documents: share.documents, sentences: share.sentences.flat(), entities, claims, quotes });
}
