import type { ClaimVerdict, EntityType, QuoteVerdict } from './records';

/**
 * What the matcher finds in one block of page text. Offsets are UTF-16
 * indices into that block's text, end exclusive.
 */
export type NameMatchType = 'exact' | 'alias' | 'transliteration';

export interface NameHit {
  kind: 'name';
  start: number;
  end: number;
  entityId: string;
  entityType: EntityType;
  /** The corpus alias that matched ("Lukashenka"). */
  alias: string;
  matchType: NameMatchType;
  /** Other entities the same spelling names (an acronym two organisations share): for matching claims, not for the highlight. */
  others?: string[];
}

export interface ClaimHit {
  kind: 'claim';
  start: number;
  end: number;
  claimId: string;
  verdict: ClaimVerdict;
  /** The page's figure as written ("more than 3,700"), when one was compared. */
  pageFigure: string | null;
  /** The corpus figure it was compared with ("3,711"). */
  corpusFigure: string | null;
  /** 0..1 */
  score: number;
  /** One line for the card: why this matched and why this verdict. */
  reason: string;
}

export interface DiffOp {
  op: 'same' | 'added' | 'removed';
  text: string;
}

export interface QuoteHit {
  kind: 'quote';
  start: number;
  end: number;
  quoteId: string;
  verdict: QuoteVerdict;
  /** Who the page says spoke, when it names someone. */
  pageSpeaker: string | null;
  /** Who spoke according to the corpus. */
  corpusSpeaker: string | null;
  /** Word-level diff page→corpus, for altered quotes. */
  diff: DiffOp[] | null;
  score: number;
  /** A later part of a quote split by its attribution ("…," she said, "…"): one quote with the part before it, counted once. */
  continued?: true;
}

export type Hit = NameHit | ClaimHit | QuoteHit;

/** The corpus id a hit points to: entity, claim or quote. */
export function hitId(hit: Hit): string {
  return hit.kind === 'name' ? hit.entityId : hit.kind === 'claim' ? hit.claimId : hit.quoteId;
}
