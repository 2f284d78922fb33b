import { TITLE_MODIFIERS, TITLES } from '../corpus/names/lexicon';
import { extractDates, extractFigures, monthDays } from '../figures/extract';
import { withReckoned } from '../figures/reckoned';
import type { ClaimHit, Hit, NameHit } from '../shared/hits';
import { RELATIVE_TIME, statesRecord } from '../text/check-worthy';
import { termOf, termsOfTokens } from '../text/terms';
import { readBlock, type BlockText } from './block-text';
import { ClaimIndex, yearsIn, type Actor, type ClaimQuery, type FigurePlace, type JudgedClaim } from './claims';
import { ambiguousSurnames, CANONICAL, ENTITY_TYPES, findNames, NameIndex } from './names';
import { isSubject, speaks } from './sentence-subject';
import { Demonyms } from './demonyms';
import { pageDateOf } from './date-compare';
import { asks } from './asked';
import { denialsIn } from './denial';
import { placeOfFigure } from './figure-place';
import { pageSentences } from './page-sentences';
import { findQuotes, loadQuotes, quotesOf, type CompiledQuotes } from './quotes';
import type { CompiledSegment } from './segment';

/** Titles and offices before a person's name, as normalised words. */
const TITLE_WORDS = new Set([...TITLES, ...TITLE_MODIFIERS].map((word) => word.toLowerCase()));
const MAX_TITLE_WORDS = 3;

export interface Matcher {
  /** Every name, claim and quote in one block of page text, sorted by start. */
  matchBlock(text: string, context?: { pageDate?: string | null }): Hit[];
}

/** A compiled segment made ready to read: its vocabularies as maps, the rest as stored. */
export interface LoadedSegment {
  names: NameIndex;
  claims: ClaimIndex;
  quotes: CompiledQuotes;
  /** Claims and quotes of documents removed since the segment was compiled: passed over until it is compiled again. */
  removed?: { claims: Uint8Array | null; quotes: Uint8Array | null };
}

export function loadSegment(compiled: CompiledSegment): LoadedSegment {
  return { names: new NameIndex(compiled.names), claims: new ClaimIndex(compiled.claims), quotes: loadQuotes(compiled.quotes) };
}

/**
 * The segment without some of its documents' claims and quotes, at once: a
 * removal marks them, and compiling the segment again (seconds for a large
 * import) happens later, elsewhere. The indexes are shared, not copied.
 */
export function withoutDocuments(segment: LoadedSegment, docIds: ReadonlySet<string>): LoadedSegment {
  if (!docIds.size) return segment;
  return { ...segment, removed: { claims: segment.claims.claimsOf(docIds), quotes: quotesOf(segment.quotes, docIds) } };
}

/** Loads compiled segments into a matcher. */
export function loadMatcher(segments: readonly CompiledSegment[]): Matcher {
  return createMatcher(segments.map(loadSegment));
}

/**
 * A matcher over loaded segments: each block is read once, every segment's
 * indexes consulted. Names of `removedEntities` (entities that went with
 * removed documents, still in segments not yet compiled again) are passed
 * over, so a shorter live name inside a removed longer one is still found.
 */
export function createMatcher(segments: readonly LoadedSegment[], removedEntities: ReadonlySet<string> = new Set()): Matcher {
  const names = segments.map((s) => s.names.without(removedEntities));
  const ambiguous = ambiguousSurnames(names);
  const demonyms = new Demonyms(names, ambiguous);
  // Read on the first sentence whose subject is a person or a country: building it goes over every alias.
  let actors: Map<string, Actor> | null = null;
  const actorOf = (id: string) => (actors ??= actorsOf(names, demonyms)).get(id);
  const claims = segments.map((s) => ({ index: s.claims, removed: s.removed?.claims ?? null }));
  const quotes = segments.map((s) => s.quotes);
  const removedQuotes = segments.map((s) => s.removed?.quotes ?? null);
  return {
    matchBlock(text, context) {
      const block = readBlock(text);
      const nameHits = findNames(block, names, ambiguous);
      const hits: Hit[] = [...nameHits, ...findClaims(block, nameHits, claims, ambiguous, demonyms, actorOf, context?.pageDate ?? null), ...findQuotes(text, nameHits, quotes, removedQuotes)];
      return hits.sort((a, b) => a.start - b.start || b.end - a.end);
    },
  };
}

/** Each sentence of the block against the corpus claims it retrieves, in every segment; the best judged claim wins. */
function findClaims(
  block: BlockText,
  names: NameHit[],
  indexes: { index: ClaimIndex; removed: Uint8Array | null }[],
  ambiguous: ReadonlySet<string>,
  demonyms: Demonyms,
  actorOf: (entityId: string) => Actor | undefined,
  pageDate: string | null,
): ClaimHit[] {
  const hits: ClaimHit[] = [];
  let token = 0;
  // Figures and dates are read once per block, then shared out by sentence.
  // With when a rule began and years of birth, reckoned from the page's date: "in power since 1994" against "over 26 years" in 2020.
  const figures = withReckoned(block.text, extractFigures(block.text).filter((f) => f.unit !== 'year'), pageDate);
  const dates = extractDates(block.text, pageDate);
  const days = monthDays(block.text);
  let name = 0;
  for (const sentence of pageSentences(block.text)) {
    const { tokens, map } = block;
    while (token < tokens.length && map[tokens[token].start] < sentence.start) token++;
    const first = token;
    while (token < tokens.length && map[tokens[token].start] < sentence.end) token++;
    // Names come in order: those of this sentence are the next ones.
    const entityIds: string[] = [];
    const personIds: string[] = [];
    const places: NameHit[] = [];
    const nameTerms: string[] = [];
    // The first person or country named (a capital for its country): who did it, if it is the sentence's subject.
    let firstActor: NameHit | undefined;
    while (name < names.length && names[name].start < sentence.start) name++;
    for (let n = name, k = first; n < names.length && names[n].start < sentence.end; n++) {
      if (names[n].end > sentence.end) continue;
      entityIds.push(names[n].entityId, ...(names[n].others ?? []));
      if (names[n].entityType === 'person') {
        firstActor ??= names[n];
        personIds.push(names[n].entityId, ...(names[n].others ?? []));
      } else if (names[n].entityType === 'place') {
        places.push(names[n]);
        if (demonyms.isCountry(names[n].entityId) || demonyms.countriesOf(names[n].entityId).length) firstActor ??= names[n];
      }
      // The words of the name, by their place: names and tokens both come in order.
      while (k < token && map[tokens[k].start] < names[n].start) k++;
      // With the title before it: "opposition leader Tsikhanouskaya" says who, not what she did.
      for (let j = k - 1; j >= first && j >= k - MAX_TITLE_WORDS && TITLE_WORDS.has(tokens[j].word); j--) {
        const term = termOf(tokens[j].word);
        if (term !== null) nameTerms.push(term);
      }
      for (; k < token && map[tokens[k].start] < names[n].end; k++) {
        const term = termOf(tokens[k].word);
        if (term !== null) nameTerms.push(term);
      }
    }
    for (const place of demonyms.placesIn(block, first, token)) if (!entityIds.includes(place)) entityIds.push(place);
    // A capital's country: "returned to Moscow" is a return to Russia.
    const capitals = places.flatMap((place) => {
      const countryIds = demonyms.countriesOf(place.entityId);
      return countryIds.length ? [{ placeId: place.entityId, countryIds }] : [];
    });
    const inSentence = (span: { start: number; end: number }) => span.start >= sentence.start && span.end <= sentence.end;
    const sentenceFigures = figures.filter(inSentence);
    const sentenceDays = days.filter(inSentence);
    const years = yearsIn(sentence.text);
    // A sentence restates a claim with its figures, its date, its actors or its superlative: without any, none is looked up.
    if (!entityIds.length && !sentenceFigures.length && !sentenceDays.length && !years.length && !statesRecord(sentence.text) && !RELATIVE_TIME.test(sentence.text)) continue;
    // Capitalised surnames several corpus people share: no name was resolved, but the claim of one of them may be meant.
    const ambiguousNames: string[] = [];
    for (let k = first; k < token; k++) {
      if (!ambiguous.has(tokens[k].word)) continue;
      const initial = block.text[map[tokens[k].start]];
      const term = initial !== initial.toLowerCase() ? termOf(tokens[k].word) : null;
      if (term !== null) ambiguousNames.push(term);
    }
    const denials = deniedTerms(sentence, block, first, token);
    // Who did it, where the sentence says so, as its subject and not speaking: "Navalny promised …", "Ukraine occupied …".
    const subject =
      firstActor && isSubject(block.text, sentence.start, firstActor) && !speaks(block.text, firstActor)
        ? {
            ids: [firstActor.entityId, ...(firstActor.others ?? []), ...demonyms.countriesOf(firstActor.entityId)],
            kind: firstActor.entityType === 'person' ? ('person' as const) : ('country' as const),
            name: block.text.slice(firstActor.start, firstActor.end),
          }
        : undefined;
    const query = {
      terms: termsOfTokens(tokens, first, token),
      denials,
      asked: asks(sentence.text),
      subject,
      // Read only to place what the sentence denies.
      places: denials && places.map((place) => ({ id: place.entityId, country: demonyms.isCountry(place.entityId) })),
      ambiguousNames,
      nameTerms,
      entityIds,
      personIds,
      capitals,
      figures: sentenceFigures,
      figurePlaces: places.length ? sentenceFigures.map((figure) => countedIn(block.text, placeOfFigure(block.text, figure, places, sentence), demonyms)) : undefined,
      date: pageDateOf(dates.filter(inSentence), block.text),
      days: sentenceDays.map((d) => d.monthDay),
      years,
    };
    let best: JudgedClaim | null = null;
    for (const { index, removed } of indexes) {
      const judged = index.best(query, removed, actorOf);
      if (judged && (!best || judged.rank > best.rank)) best = judged;
    }
    if (!best) continue;
    hits.push({
      kind: 'claim',
      start: sentence.start,
      end: sentence.end,
      claimId: best.claimId,
      verdict: best.verdict,
      pageFigure: best.page ? best.page.text : null,
      corpusFigure: best.corpus ? best.corpus.text : null,
      score: Number(best.score.toFixed(2)),
      reason: best.reason,
    });
  }
  return hits;
}

/** What the sentence says did not happen, as the terms of the denied words (see denial). */
function deniedTerms(sentence: { start: number; text: string }, block: BlockText, first: number, last: number): ClaimQuery['denials'] {
  const denials = denialsIn(sentence.text);
  if (!denials.length) return undefined;
  const { tokens, map } = block;
  return denials.map(({ start, end, phrase }) => {
    const terms: string[] = [];
    for (let k = first; k < last; k++) {
      const at = map[tokens[k].start] - sentence.start;
      if (at < start || at >= end) continue;
      const term = termOf(tokens[k].word);
      if (term !== null) terms.push(term);
    }
    return { phrase, terms, start: sentence.start + start, end: sentence.start + end };
  });
}

/**
 * The corpus's people and countries, by entity id, with their names as the
 * corpus writes them: a claim's people or countries the page does not name
 * may be who did what it tells.
 */
function actorsOf(indexes: readonly NameIndex[], demonyms: Demonyms): Map<string, Actor> {
  const actors = new Map<string, Actor>();
  for (const { compiled } of indexes) {
    compiled.entryEntity.forEach((entity, entry) => {
      const id = compiled.entityIds[entity];
      if (actors.has(id) || compiled.entryKind[entry] !== CANONICAL) return;
      const type = ENTITY_TYPES[compiled.entityTypes[entity]];
      if (type === 'person') actors.set(id, { kind: 'person', name: compiled.entryText[entry] });
      else if (type === 'place' && demonyms.isCountry(id)) actors.set(id, { kind: 'country', name: compiled.entryText[entry] });
    });
  }
  return actors;
}

function countedIn(text: string, place: NameHit | null, demonyms: Demonyms): FigurePlace | null {
  return place && { id: place.entityId, name: text.slice(place.start, place.end), country: demonyms.isCountry(place.entityId) };
}
