import type { NameMatchType } from '../shared/hits';
import type { ClaimVerdict, EntityType, QuoteVerdict } from '../shared/records';

export const TYPE_LABEL: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organisation',
  place: 'Place',
  event: 'Event',
  other: 'Name',
};

export const CLAIM_VERDICT_LABEL: Record<ClaimVerdict, string> = {
  supported: 'Supported by the source',
  contradicted: 'Contradicted by the source',
  related: 'Related to a source claim',
};

export const QUOTE_VERDICT_LABEL: Record<QuoteVerdict, string> = {
  exact: 'Exact quote',
  altered: 'Altered quote',
  misattributed: 'Misattributed quote',
};

export const MATCH_TYPE_LABEL: Record<NameMatchType, string> = {
  exact: 'exact name',
  alias: 'another form of the name',
  transliteration: 'another transliteration',
};

/** "1 claim", "3 claims", "3,030 documents". */
export function countOf(n: number, singular: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? singular : `${singular}s`}`;
}
