import type { CorpusPack, Origin } from '../shared/records';
import { packOf, readShare, shareClaimsAndQuotes, shareLowercaseWords, shareNameSpans, type RawDocument } from './build-steps';
import { entitiesFromSpans, type AliasTable } from './entities';
import { mentionsByDocument } from './mentions';

export { NothingLeftError, type RawDocument } from './build-steps';

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

/** A build's options with their defaults: whose documents, names by the rules, at least one word left each. */
export function buildSettings(options: BuildOptions): { origin: Origin; rules: boolean; minWords: number } {
  return { origin: options.origin ?? 'default', rules: options.nameRules ?? true, minWords: Math.max(1, options.minWords ?? 1) };
}
