import { formatFigure } from '../figures/extract';
import type { ClaimVerdict, ClaimRecord, Figure, Qualifier } from '../shared/records';
import { contentTerms } from '../text/terms';
import { decodeDate, encodeDate } from './date-code';
import { comparable, compatible } from './figure-compare';
import { Vocabulary } from './vocabulary';

const QUALIFIERS: Qualifier[] = ['exact', 'more-than', 'at-least', 'less-than', 'at-most', 'up-to', 'about', 'nearly', 'estimated'];

/**
 * A corpus segment's claims as a retrieval index: BM25-weighted terms (content
 * word stems, `@entity ids`, `#unit:figure` keys) with postings both ways, and
 * every claim's figures and date for the verdict. Typed arrays and string
 * lists only, so it is stored in IndexedDB as is.
 */
export interface CompiledClaims {
  claimIds: string[];
  terms: string[];
  idf: Float32Array;
  /** Claims of term t: postClaims[postStart[t] … postStart[t + 1] - 1]. */
  postStart: Int32Array;
  postClaims: Int32Array;
  /** Terms of claim c, ascending: claimTerms[claimTermStart[c] … claimTermStart[c + 1] - 1]. */
  claimTermStart: Int32Array;
  claimTerms: Int32Array;
  /** Figures of claim c: index figStart[c] … figStart[c + 1] - 1 of the fig* arrays. */
  figStart: Int32Array;
  figValue: Float64Array;
  units: string[];
  figUnit: Uint8Array;
  figQualifier: Uint8Array;
  counted: string[];
  /** Index into `counted`, -1 when unknown. */
  figCounted: Int32Array;
  /** See date-code: 0 when the claim has no date. */
  claimDate: Int32Array;
}

/** A figure as a retrieval term: unit and value to two significant digits, so 3,711 meets "more than 3,700". */
export function figureKey(figure: Pick<Figure, 'unit' | 'value'>): string {
  return `#${figure.unit}:${Number(figure.value.toPrecision(2))}`;
}

export function compileClaims(claims: ClaimRecord[]): CompiledClaims {
  const terms = new Vocabulary();
  const units = new Vocabulary();
  const counted = new Vocabulary();
  const perClaim = claims.map((claim) => {
    const ids = new Set<number>();
    for (const term of contentTerms(claim.text)) ids.add(terms.add(term));
    for (const id of claim.entityIds) ids.add(terms.add(`@${id}`));
    for (const figure of claim.figures) ids.add(terms.add(figureKey(figure)));
    return Int32Array.from(ids).sort();
  });
  const vocabularySize = terms.words.length;
  const df = new Int32Array(vocabularySize);
  for (const ids of perClaim) for (const t of ids) df[t]++;
  const postStart = new Int32Array(vocabularySize + 1);
  for (let t = 0; t < vocabularySize; t++) postStart[t + 1] = postStart[t] + df[t];
  const postClaims = new Int32Array(postStart[vocabularySize]);
  const fill = postStart.slice(0, vocabularySize);
  perClaim.forEach((ids, c) => {
    for (const t of ids) postClaims[fill[t]++] = c;
  });
  const n = claims.length;
  const idf = Float32Array.from(df, (d) => Math.log(1 + (n - d + 0.5) / (d + 0.5)));

  const claimTermStart = new Int32Array(n + 1);
  perClaim.forEach((ids, c) => (claimTermStart[c + 1] = claimTermStart[c] + ids.length));
  const claimTerms = new Int32Array(claimTermStart[n]);
  perClaim.forEach((ids, c) => claimTerms.set(ids, claimTermStart[c]));

  const figures = claims.flatMap((c) => c.figures);
  const figStart = new Int32Array(n + 1);
  claims.forEach((c, i) => (figStart[i + 1] = figStart[i] + c.figures.length));
  return {
    claimIds: claims.map((c) => c.id),
    terms: terms.words,
    idf,
    postStart,
    postClaims,
    claimTermStart,
    claimTerms,
    figStart,
    figValue: Float64Array.from(figures, (f) => f.value),
    units: units.words,
    figUnit: Uint8Array.from(figures, (f) => units.add(f.unit)),
    figQualifier: Uint8Array.from(figures, (f) => QUALIFIERS.indexOf(f.qualifier)),
    counted: counted.words,
    figCounted: Int32Array.from(figures, (f) => (f.counted === null ? -1 : counted.add(f.counted))),
    claimDate: Int32Array.from(claims, (c) => encodeDate(c.date)),
  };
}

/** One page sentence, as the claim index reads it. */
export interface ClaimQuery {
  terms: string[];
  entityIds: string[];
  /** The page's figures, calendar years excluded. */
  figures: Figure[];
  /** The day the sentence names, if any. */
  date: string | null;
}

/** The best corpus claim for a sentence, judged. */
export interface JudgedClaim {
  claimId: string;
  verdict: ClaimVerdict;
  page: Figure | null;
  corpus: Figure | null;
  score: number;
  rank: number;
  reason: string;
}

const WORD = 0;
const ENTITY = 1;
const FIGURE = 2;
/** Scores below this are not the same fact. */
const MIN_SCORE = 0.25;
/** Candidates judged in full per sentence, after retrieval. */
const TOP = 8;
/** Terms in more claims than this retrieve nothing alone (they still count in the score): a common word is not a topic. */
const MIN_CAP = 64;
const CAP_SHARE = 0.01;

/** A loaded segment of the claim index. */
export class ClaimIndex {
  private readonly termIds: Map<string, number>;
  private readonly kinds: Uint8Array;
  private readonly scores: Float32Array;
  private readonly cap: number;
  /** What a figure weighs in a score: twice an average word's weight, as an entity. */
  private readonly figureWeight: number;
  /** Corpus figures as a card writes them, formatted once each (number formatting is slow). */
  private readonly figureTexts = new Map<number, string>();

  constructor(readonly compiled: CompiledClaims) {
    this.termIds = new Map(compiled.terms.map((t, i) => [t, i]));
    this.kinds = Uint8Array.from(compiled.terms, (t) => (t[0] === '@' ? ENTITY : t[0] === '#' ? FIGURE : WORD));
    this.scores = new Float32Array(compiled.claimIds.length);
    this.cap = Math.max(MIN_CAP, Math.ceil(compiled.claimIds.length * CAP_SHARE));
    let sum = 0;
    let count = 0;
    for (const t of compiled.claimTerms) {
      if (this.kinds[t] !== WORD) continue;
      sum += compiled.idf[t];
      count++;
    }
    this.figureWeight = 2 * (count ? sum / count : 1);
  }

  /** The corpus claim this sentence states, or null. */
  best(query: ClaimQuery): JudgedClaim | null {
    const ids = new Set<number>();
    for (const term of query.terms) add(ids, this.termIds.get(term));
    for (const id of query.entityIds) add(ids, this.termIds.get(`@${id}`));
    for (const figure of query.figures) add(ids, this.termIds.get(figureKey(figure)));
    if (!ids.size) return null;

    let best: JudgedClaim | null = null;
    for (const claim of this.retrieve(ids)) {
      const judged = this.judge(claim, ids, query);
      if (judged && (!best || judged.rank > best.rank)) best = judged;
    }
    return best;
  }

  /** The claims sharing the most informative terms with the query. */
  private retrieve(ids: Set<number>): number[] {
    const { postStart, postClaims, idf } = this.compiled;
    const touched: number[] = [];
    for (const t of ids) {
      if (postStart[t + 1] - postStart[t] > this.cap) continue;
      for (let p = postStart[t]; p < postStart[t + 1]; p++) {
        const c = postClaims[p];
        if (this.scores[c] === 0) touched.push(c);
        this.scores[c] += idf[t];
      }
    }
    touched.sort((a, b) => this.scores[b] - this.scores[a] || a - b);
    for (const c of touched) this.scores[c] = 0;
    return touched.slice(0, TOP);
  }

  private judge(c: number, ids: Set<number>, query: ClaimQuery): JudgedClaim | null {
    const k = this.compiled;
    let sharedWords = 0;
    let sharedEntities = 0;
    let shared = 0;
    let total = 0;
    for (let i = k.claimTermStart[c]; i < k.claimTermStart[c + 1]; i++) {
      const t = k.claimTerms[i];
      const kind = this.kinds[t];
      if (kind === FIGURE) continue;
      const weight = kind === ENTITY ? 2 * k.idf[t] : k.idf[t];
      total += weight;
      if (!ids.has(t)) continue;
      shared += weight;
      if (kind === ENTITY) sharedEntities++;
      else sharedWords++;
    }
    const corpusFigures = this.figuresOf(c);
    const pairs = query.figures.flatMap((page) => corpusFigures.filter((corpus) => comparable(page, corpus)).map((corpus) => ({ page, corpus })));
    // Topical overlap first: a shared figure alone ("40,000 fans") is not the same fact.
    const topical = sharedEntities > 0 ? sharedWords >= 1 || pairs.length > 0 : sharedWords >= 2;
    if (!topical) return null;
    if (!pairs.length && !(sharedEntities > 0 && sharedWords >= 2) && sharedWords < 3) return null;
    const pairedFigures = new Set(pairs.map((p) => p.corpus)).size;
    const score = Math.min(1, (shared + this.figureWeight * pairedFigures) / (total + this.figureWeight * corpusFigures.length || 1));
    if (score < MIN_SCORE && !pairs.length) return null;
    const judged = verdictOf(pairs, query.date, decodeDate(k.claimDate[c]));
    // Prefer the claim about the same actors, with figures to compare, and the closest figures.
    const rank = score + 0.5 * sharedEntities + (judged.page ? 0.5 + 0.5 * judged.closeness : 0);
    return { claimId: k.claimIds[c], verdict: judged.verdict, page: judged.page, corpus: judged.corpus, score, rank, reason: judged.reason };
  }

  private figuresOf(c: number): Figure[] {
    const k = this.compiled;
    const out: Figure[] = [];
    for (let f = k.figStart[c]; f < k.figStart[c + 1]; f++) {
      const figure: Figure = {
        value: k.figValue[f],
        unit: k.units[k.figUnit[f]],
        qualifier: QUALIFIERS[k.figQualifier[f]],
        counted: k.figCounted[f] < 0 ? null : k.counted[k.figCounted[f]],
        text: '',
        start: 0,
        end: 0,
      };
      let text = this.figureTexts.get(f);
      if (text === undefined) this.figureTexts.set(f, (text = formatFigure(figure)));
      figure.text = text;
      out.push(figure);
    }
    return out;
  }
}

function add(ids: Set<number>, id: number | undefined): void {
  if (id !== undefined) ids.add(id);
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
      reason: `Different figure: the page says ${wrong[0].text}, the source says ${wrong[1].corpus.text}.`,
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
      reason: `Same figure: the page says ${first[0].text}, the source says ${first[1].corpus.text}.`,
    };
  }
  return { verdict: 'related', page: null, corpus: null, closeness, reason: 'Same subject as a source claim, with nothing to compare.' };
}

/** 1 for equal values, towards 0 as they part. */
function ratio(a: number, b: number): number {
  return a === b ? 1 : Math.min(Math.abs(a), Math.abs(b)) / Math.max(Math.abs(a), Math.abs(b));
}
