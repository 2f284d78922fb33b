import { compactStrings } from '../shared/compact-strings';
import type { ClaimRecord, EntityRecord, QuoteRecord } from '../shared/records';
import { compileClaims, type CompiledClaims } from './claims';
import { aliasKeys, compileNames, type CompiledNames } from './names';
import { compileQuotes, type CompiledQuotes } from './quotes';
import { spellingFold } from './spelling-fold';

/** Bumped whenever the compiled form changes: stored segments of another version are compiled again. */
export const SEGMENT_VERSION = 10;

/** The corpus records a segment is compiled from. */
export interface MatcherInput {
  entities: EntityRecord[];
  claims: ClaimRecord[];
  quotes: QuoteRecord[];
}

/**
 * One part of the corpus, compiled for matching: a pack, or one import of the
 * user's. The matcher reads any number of segments at once, so adding
 * documents compiles only what they bring. Structured-cloneable: stored in
 * IndexedDB as is, and loaded on a service-worker wake without recompiling.
 */
export interface CompiledSegment {
  version: typeof SEGMENT_VERSION;
  names: CompiledNames;
  claims: CompiledClaims;
  quotes: CompiledQuotes;
}

export function compileSegment(input: MatcherInput): CompiledSegment {
  const places = new Set(input.entities.filter((e) => e.type === 'place').map((e) => e.id));
  const keys = aliasKeys(input.entities);
  // Stored and loaded as compiled: its strings in their narrowest form, which can halve them (see compactStrings).
  return compactStrings({
    version: SEGMENT_VERSION,
    names: compileNames(input.entities, keys),
    claims: compileClaims(input.claims, places),
    quotes: compileQuotes(input.quotes, spellingFold(input.entities, keys)),
  });
}
