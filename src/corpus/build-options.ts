import type { Origin } from '../shared/records';
import type { AliasTable } from './entities';

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

/** A build's options with their defaults: whose documents, names by the rules, at least one word left each. */
export function buildSettings(options: BuildOptions): { origin: Origin; rules: boolean; minWords: number } {
  return { origin: options.origin ?? 'default', rules: options.nameRules ?? true, minWords: Math.max(1, options.minWords ?? 1) };
}
