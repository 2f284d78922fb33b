import { splitSentences } from '../corpus/sentences';
import { extractDates, extractFigures, formatFigure } from '../figures/extract';
import type { ClaimHit, NameHit } from '../shared/hits';
import type { ClaimRecord, ClaimVerdict, Figure } from '../shared/records';
import { normalize } from '../text/normalize';
import { STOPWORDS, stem } from '../text/stem';
import { comparable, compatible } from './figure-compare';

export interface CompiledClaim {
  id: string;
  figures: Figure[];
  date: string | null;
  entityIds: string[];
  /** Stemmed content words. */
  terms: string[];
}

/** Units and quantities say nothing about what a statement is about: "26 years" of rule and a 26-year wait share only a unit. */
const UNIT_WORDS = new Set(
  'year month week day hour time number percent per cent dollar euro ruble pound thousand million billion trillion hundred dozen total'.split(' '),
);

/** Stemmed content words of a text: what two statements of one fact share. */
export function contentTerms(text: string): string[] {
  const words = normalize(text).match(/[\p{L}][\p{L}'-]*/gu) ?? [];
  return [...new Set(words.filter((w) => w.length >= 3 && !STOPWORDS.has(w)).map(stem).filter((w) => !UNIT_WORDS.has(w)))];
}

export function compileClaims(claims: ClaimRecord[]): CompiledClaim[] {
  return claims.map((c) => ({ id: c.id, figures: c.figures, date: c.date, entityIds: c.entityIds, terms: contentTerms(c.text) }));
}

/** Scores below this are not the same fact. */
const MIN_SCORE = 0.25;

/** An inverted index from terms and entity ids to corpus claims: a sentence looks at the claims it shares something with, not at all of them. */
export class ClaimIndex {
  private readonly byTerm = new Map<string, number[]>();

  constructor(private readonly claims: CompiledClaim[]) {
    claims.forEach((claim, i) => {
      for (const key of [...claim.terms, ...claim.entityIds.map((id) => `@${id}`)]) {
        const list = this.byTerm.get(key) ?? [];
        list.push(i);
        this.byTerm.set(key, list);
      }
    });
  }

  /** Claims in a block: each page sentence against the corpus claims it retrieves. */
  find(text: string, names: NameHit[], pageDate: string | null): ClaimHit[] {
    const hits: ClaimHit[] = [];
    for (const sentence of splitSentences(text)) {
      const entityIds = [...new Set(names.filter((n) => n.start >= sentence.start && n.end <= sentence.end).map((n) => n.entityId))];
      const hit = this.judge(sentence.text, entityIds, pageDate);
      if (hit) hits.push({ ...hit, start: sentence.start, end: sentence.end });
    }
    return hits;
  }

  private judge(sentence: string, entityIds: string[], pageDate: string | null): Omit<ClaimHit, 'start' | 'end'> | null {
    const terms = contentTerms(sentence);
    const candidates = new Set<number>();
    for (const key of [...terms, ...entityIds.map((id) => `@${id}`)]) for (const i of this.byTerm.get(key) ?? []) candidates.add(i);
    if (!candidates.size) return null;

    const figures = extractFigures(sentence).filter((f) => f.unit !== 'year');
    const date = extractDates(sentence, pageDate).find((d) => d.iso.length === 10)?.iso ?? null;
    let best: (ReturnType<typeof verdictOf> & { claim: CompiledClaim; score: number; rank: number }) | null = null;
    for (const i of candidates) {
      const claim = this.claims[i];
      const sharedTerms = claim.terms.filter((t) => terms.includes(t)).length;
      const sharedEntities = claim.entityIds.filter((id) => entityIds.includes(id)).length;
      const pairs = figures.flatMap((page) => claim.figures.filter((corpus) => comparable(page, corpus)).map((corpus) => ({ page, corpus })));
      // Topical overlap first: a shared figure alone ("40,000 fans") is not the same fact.
      const topical = sharedEntities > 0 ? sharedTerms >= 1 || pairs.length > 0 : sharedTerms >= 2;
      if (!topical) continue;
      if (!pairs.length && !(sharedEntities > 0 && sharedTerms >= 2) && sharedTerms < 3) continue;
      const score = Math.min(1, (sharedTerms + 2 * sharedEntities + 2 * pairs.length) / (claim.terms.length + 2 * claim.entityIds.length + 2 * claim.figures.length || 1));
      if (score < MIN_SCORE && !pairs.length) continue;
      const judged = verdictOf(pairs, date, claim.date);
      // Prefer the claim about the same actors, with figures to compare, and the closest figures.
      const rank = score + 0.5 * sharedEntities + (judged.page ? 0.5 + 0.5 * judged.closeness : 0);
      if (!best || rank > best.rank) best = { claim, score, rank, ...judged };
    }
    if (!best) return null;
    return {
      kind: 'claim',
      claimId: best.claim.id,
      verdict: best.verdict,
      pageFigure: best.page ? best.page.text : null,
      corpusFigure: best.corpus ? formatFigure(best.corpus) : null,
      score: Number(best.score.toFixed(2)),
      reason: best.reason,
    };
  }
}

/** Comparable figures decide: one incompatible pair contradicts; all compatible support; none to compare is related. */
function verdictOf(
  pairs: { page: Figure; corpus: Figure }[],
  pageDate: string | null,
  corpusDate: string | null,
): { verdict: ClaimVerdict; page: Figure | null; corpus: Figure | null; reason: string; closeness: number } {
  // Each page figure is judged against its closest counterpart.
  const judged = new Map<Figure, { corpus: Figure; ok: boolean }>();
  for (const { page, corpus } of pairs) {
    const ok = compatible(page, corpus);
    const current = judged.get(page);
    if (!current || (ok && !current.ok) || (ok === current.ok && Math.abs(corpus.value - page.value) < Math.abs(current.corpus.value - page.value))) {
      judged.set(page, { corpus, ok });
    }
  }
  const closeness = Math.max(0, ...[...judged].map(([page, j]) => ratio(page.value, j.corpus.value)));
  const wrong = [...judged].find(([, j]) => !j.ok);
  if (wrong) {
    return {
      verdict: 'contradicted',
      page: wrong[0],
      corpus: wrong[1].corpus,
      closeness,
      reason: `Different figure: the page says ${wrong[0].text}, the source says ${formatFigure(wrong[1].corpus)}.`,
    };
  }
  if (pageDate && corpusDate && pageDate.length === 10 && corpusDate.length === 10 && pageDate !== corpusDate) {
    return { verdict: 'contradicted', page: null, corpus: null, closeness, reason: `Different date: the page says ${pageDate}, the source says ${corpusDate}.` };
  }
  const [first] = judged;
  if (first) {
    return {
      verdict: 'supported',
      page: first[0],
      corpus: first[1].corpus,
      closeness,
      reason: `Same figure: the page says ${first[0].text}, the source says ${formatFigure(first[1].corpus)}.`,
    };
  }
  return { verdict: 'related', page: null, corpus: null, closeness, reason: 'Same subject as a source claim, with nothing to compare.' };
}

/** 1 for equal values, towards 0 as they part. */
function ratio(a: number, b: number): number {
  return a === b ? 1 : Math.min(Math.abs(a), Math.abs(b)) / Math.max(Math.abs(a), Math.abs(b));
}
