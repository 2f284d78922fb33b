import type { Hit } from '../shared/hits';
import type { ClaimRecord, EntityRecord, QuoteRecord } from '../shared/records';
import { ClaimIndex, compileClaims, type CompiledClaim } from './claims';
import { compileNames, NameIndex, type CompiledNames } from './names';
import { compileQuotes, QuoteIndex, type CompiledQuote } from './quotes';

export interface MatcherInput {
  entities: EntityRecord[];
  claims: ClaimRecord[];
  quotes: QuoteRecord[];
}

/** The matcher as stored in IndexedDB: plain, structured-cloneable data. */
export interface CompiledMatcher {
  version: 1;
  names: CompiledNames;
  claims: CompiledClaim[];
  quotes: CompiledQuote[];
}

export interface Matcher {
  /** Every name, claim and quote in one block of page text, sorted by start. */
  matchBlock(text: string, context?: { pageDate?: string | null }): Hit[];
}

export function compileMatcher(input: MatcherInput): CompiledMatcher {
  return { version: 1, names: compileNames(input.entities), claims: compileClaims(input.claims), quotes: compileQuotes(input.quotes) };
}

export function loadMatcher(compiled: CompiledMatcher): Matcher {
  const names = new NameIndex(compiled.names);
  const claims = new ClaimIndex(compiled.claims);
  const quotes = new QuoteIndex(compiled.quotes);
  return {
    matchBlock(text, context) {
      const nameHits = names.find(text);
      const hits: Hit[] = [...nameHits, ...claims.find(text, nameHits, context?.pageDate ?? null), ...quotes.find(text, nameHits)];
      return hits.sort((a, b) => a.start - b.start || b.end - a.end);
    },
  };
}
