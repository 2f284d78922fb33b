import { formatDate, formatFigure } from '../figures/extract';
import type { ClaimVerdict, ClaimRecord, Figure, Qualifier } from '../shared/records';
import { scanWords, termOf, termOfWord } from '../text/terms';
import { claimEventDate, datedRanges } from './claim-date';
import { denialsIn, type Denial } from './denial';
import { oppositionsIn, writtenOf } from './opposites';
import { compareDates, type DateComparison, type PageDate } from './date-compare';
import { decodeDate, encodeDate } from './date-code';
import { differentEvents, eventKinds, eventTerms } from './event-kinds';
import { comparable, compatible, countsSame, farApart, saysWhat, vague } from './figure-compare';
import { buildTermTable, lookupTerm } from './term-table';
import { Vocabulary } from './vocabulary';
import { PairTable } from '../shared/pair-table';
import { IdTable, type StoredIds } from '../shared/id-table';
import { narrowIds, type IdArray } from '../shared/id-array';

const QUALIFIERS: Qualifier[] = ['exact', 'more-than', 'at-least', 'less-than', 'at-most', 'up-to', 'about', 'nearly', 'estimated', 'order-of'];

/**
 * A corpus segment's claims as a retrieval index: BM25-weighted terms (content
 * word stems, `@entity ids`, `#unit:figure` keys) with postings both ways, and
 * every claim's figures and date for the verdict. Typed arrays and string
 * lists only, so it is stored in IndexedDB as is.
 */
export interface CompiledClaims {
  /** Claim c's id is `claimIds` entry c (document number and claim number, not a string each). */
  claimIds: StoredIds;
  terms: string[];
  idf: Float32Array;
  /** Claims of term t, ascending: postClaims[postStart[t] … postStart[t + 1] - 1], read through `postings`. */
  postStart: Int32Array;
  /** Claim numbers, or past 65,536 claims their low 16 bits, the rest told by `postBlocks`. */
  postClaims: IdArray;
  /**
   * Past 65,536 claims, for each term t and block b ≥ 1 of 65,536 claims, the
   * first place in its list of a claim of that block or later:
   * postBlocks[t × (blocks − 1) + b − 1]. Empty below.
   */
  postBlocks: Int32Array;
  /** Terms of claim c, ascending: claimTerms[claimTermStart[c] … claimTermStart[c + 1] - 1]. */
  claimTermStart: Int32Array;
  claimTerms: IdArray;
  /** Figures of claim c: index figStart[c] … figStart[c + 1] - 1 of the fig* arrays. */
  figStart: Int32Array;
  figValue: Float64Array;
  units: string[];
  figUnit: Uint8Array;
  figQualifier: Uint8Array;
  counted: string[];
  /** What each figure counts: its index in `counted` plus one, 0 for nothing said. */
  figCounted: IdArray;
  /** See date-code: 0 when the claim has no date, or only a year it writes as a modifier ("the 2018 election"). */
  claimDate: Int32Array;
  /** Bit i (of byte i >> 3) set where claimTerms[i] is written in the part of its claim the claim's date dates (see datedRanges). */
  claimTermDated: Uint8Array;
  /** Bit i set where claimTerms[i] is a word its claim says did not happen ("were not limited"; see denial). */
  claimTermDenied: Uint8Array;
  /** Terms of places: a place in many claims is a setting, not a topic, and retrieves none alone. */
  placeTerms: Int32Array;
  /** Term ids by the hash of each term (see term-table). */
  termTable: Int32Array;
  /** Each claim's word weight (sum of its words' idf, in single precision): what a sentence without its names must mostly cover. */
  wordWeights: Float32Array;
  /** What a figure weighs in a score: twice an average word's weight, as an entity. */
  figureWeight: number;
}

/** A figure as a retrieval term: unit and value to two significant digits, so 3,711 meets "more than 3,700". */
export function figureKey(figure: Pick<Figure, 'unit' | 'value'>): string {
  // A start by its year: two significant digits would make one term of a century.
  if (figure.unit === 'since') return `#since:${Math.floor(figure.value)}`;
  const value = Math.abs(figure.value);
  if (value === 0 || !Number.isFinite(value)) return `#${figure.unit}:0`;
  // Two significant digits, as digits and an exponent: exact, without formatting a number as text.
  let exponent = Math.floor(Math.log10(value)) - 1;
  let digits = Math.round(value / 10 ** exponent);
  if (digits >= 100) {
    digits = Math.round(digits / 10);
    exponent += 1;
  }
  return `#${figure.unit}:${figure.value < 0 ? '-' : ''}${digits}e${exponent}`;
}

/** A day as a retrieval term, year left out: a page whose year is unknown still names "January 23". */
export function dayKey(monthDay: string): string {
  return `%${monthDay}`;
}

/** A calendar year as a retrieval term: "since 1979" and "since 1982" tell two statements apart. */
export function yearKey(year: string): string {
  return `%${year}`;
}

export function yearsIn(text: string): string[] {
  return text.match(/\b(?:1[6-9]|20)\d{2}\b(?!s)/g) ?? [];
}

export function compileClaims(claims: ClaimRecord[], places: ReadonlySet<string> = new Set()): CompiledClaims {
  const terms = new Vocabulary();
  const units = new Vocabulary();
  const counted = new Vocabulary();
  const n = claims.length;
  // Every claim's term ids, deduplicated and sorted, written straight into one growing buffer (no array per claim).
  let buffer = new Int32Array(Math.max(1024, n * 16));
  let size = 0;
  let seen = new Int32Array(1024);
  const claimTermStart = new Int32Array(n + 1);
  // Word (by its hash) → term id, and name → term id: a corpus repeats its words and names; each is read once.
  const byWord = new PairTable(8192);
  const byEntity = new Map<string, number>();
  let current = 0;
  const addId = (id: number) => {
    if (id >= seen.length) seen = grow(seen, id + 1);
    if (seen[id] === current + 1) return;
    seen[id] = current + 1;
    if (size === buffer.length) buffer = grow(buffer, size + 1);
    buffer[size++] = id;
  };
  // Figures by unit, then by the value's 64 bits: the same figure recurs across a corpus, and its key is a string built once.
  const figureTerms = new Map<string, PairTable>();
  const bits = new Float64Array(1);
  const halves = new Int32Array(bits.buffer);
  const figureTerm = (figure: Figure) => {
    let byValue = figureTerms.get(figure.unit);
    if (!byValue) figureTerms.set(figure.unit, (byValue = new PairTable()));
    bits[0] = figure.value;
    let id = byValue.get(halves[1], halves[0]);
    if (id === -2) byValue.set(halves[1], halves[0], (id = terms.add(figureKey(figure))));
    return id;
  };
  // Term ids + 1 of days (MMDD) and calendar years, 0 until seen.
  const dayTerms = new Int32Array(1232);
  const yearTerms = new Int32Array(2100);
  let text = '';
  // The words of the part of each claim its date is the date of (see datedRanges): one bit per place in claimTerms.
  let dated: Uint8Array<ArrayBuffer> = new Uint8Array(Math.max(128, n * 2));
  let datedSeen = new Int32Array(1024);
  let ranges: [number, number][] | null | undefined;
  // Likewise the words each claim denies.
  let denied: Uint8Array<ArrayBuffer> = new Uint8Array(Math.max(128, n * 2));
  let deniedSeen = new Int32Array(1024);
  let denials: Denial[] = [];
  const eventDates: (string | null)[] = new Array(n);
  const onWord = (high: number, low: number, start: number, end: number, plain: boolean) => {
    let id = plain ? byWord.get(high, low) : -2;
    if (id === -2) {
      const term = termOfWord(text.slice(start, end), plain);
      id = term === null ? -1 : terms.add(term);
      if (plain) byWord.set(high, low, id);
    }
    if (id < 0) return;
    addId(id);
    if (denials.length && denials.some((d) => start >= d.start && end <= d.end)) {
      if (id >= deniedSeen.length) deniedSeen = grow(deniedSeen, id + 1);
      deniedSeen[id] = current + 1;
    }
    if (ranges === undefined || (ranges !== null && !within(ranges, start, end))) return;
    if (id >= datedSeen.length) datedSeen = grow(datedSeen, id + 1);
    datedSeen[id] = current + 1;
  };
  for (let c = 0; c < n; c++) {
    const claim = claims[c];
    current = c;
    text = claim.text;
    eventDates[c] = claimEventDate(claim.date, text);
    ranges = eventDates[c] === null ? undefined : datedRanges(text, eventDates[c]!);
    denials = denialsIn(text);
    scanWords(text, onWord);
    for (const entity of claim.entityIds) {
      let id = byEntity.get(entity);
      if (id === undefined) byEntity.set(entity, (id = terms.add(`@${entity}`)));
      addId(id);
    }
    for (const figure of claim.figures) addId(figureTerm(figure));
    if (claim.date?.length === 10) {
      // Month and day as a number (encodeDate's last four digits): the same few hundred days recur across a corpus.
      const day = encodeDate(claim.date) % 10_000;
      if (day > 0) {
        if (!dayTerms[day]) dayTerms[day] = terms.add(dayKey(claim.date.slice(5))) + 1;
        addId(dayTerms[day] - 1);
      }
    }
    if (/\d{4}/.test(text)) {
      for (const year of yearsIn(text)) {
        const number = Number(year);
        if (!yearTerms[number]) yearTerms[number] = terms.add(yearKey(year)) + 1;
        addId(yearTerms[number] - 1);
      }
    }
    sortRange(buffer, claimTermStart[c], size);
    claimTermStart[c + 1] = size;
    if (denials.length) {
      if (size > denied.length * 8) denied = growBytes(denied, Math.ceil(size / 8));
      for (let i = claimTermStart[c]; i < size; i++) if (buffer[i] < deniedSeen.length && deniedSeen[buffer[i]] === c + 1) denied[i >> 3] |= 1 << (i & 7);
    }
    if (ranges === undefined) continue;
    if (size > dated.length * 8) dated = growBytes(dated, Math.ceil(size / 8));
    for (let i = claimTermStart[c]; i < size; i++) if (buffer[i] < datedSeen.length && datedSeen[buffer[i]] === c + 1) dated[i >> 3] |= 1 << (i & 7);
  }
  const vocabularySize = terms.words.length;
  const claimTerms = narrowIds(buffer.slice(0, size), vocabularySize);
  const df = new Int32Array(vocabularySize);
  for (const t of claimTerms) df[t]++;
  const postStart = new Int32Array(vocabularySize + 1);
  for (let t = 0; t < vocabularySize; t++) postStart[t + 1] = postStart[t] + df[t];
  const postClaims = new Int32Array(postStart[vocabularySize]);
  const fill = postStart.slice(0, vocabularySize);
  for (let c = 0; c < n; c++) for (let i = claimTermStart[c]; i < claimTermStart[c + 1]; i++) postClaims[fill[claimTerms[i]]++] = c;
  const postings = packPostings(postStart, postClaims, n);
  const idf = Float32Array.from(df, (d) => Math.log(1 + (n - d + 0.5) / (d + 0.5)));
  // Word weights, stored: summing them over every claim's terms on each wake took a third of loading the index.
  const kinds = Uint8Array.from(terms.words, kindOf);
  const wordWeights = new Float32Array(n);
  let sum = 0;
  let count = 0;
  for (let c = 0; c < n; c++) {
    let weight = 0;
    for (let i = claimTermStart[c]; i < claimTermStart[c + 1]; i++) {
      const t = claimTerms[i];
      if (kinds[t] !== WORD) continue;
      weight = Math.fround(weight + idf[t]);
      sum += idf[t];
      count++;
    }
    wordWeights[c] = weight;
  }

  // Figures and dates in flat typed arrays, filled in one pass.
  const figStart = new Int32Array(n + 1);
  for (let c = 0; c < n; c++) figStart[c + 1] = figStart[c] + claims[c].figures.length;
  const figValue = new Float64Array(figStart[n]);
  const figUnit = new Uint8Array(figStart[n]);
  const figQualifier = new Uint8Array(figStart[n]);
  const figCounted = new Int32Array(figStart[n]);
  const claimDate = new Int32Array(n);
  const claimIds = new IdTable('c');
  for (let c = 0, f = 0; c < n; c++) {
    const claim = claims[c];
    claimIds.add(claim.id, claim.docId);
    claimDate[c] = encodeDate(eventDates[c]);
    for (const figure of claim.figures) {
      figValue[f] = figure.value;
      figUnit[f] = units.add(figure.unit);
      figQualifier[f] = QUALIFIERS.indexOf(figure.qualifier);
      figCounted[f] = figure.counted === null ? 0 : counted.add(figure.counted) + 1;
      f++;
    }
  }
  return {
    claimIds: claimIds.toStored(),
    terms: terms.words,
    idf,
    postStart,
    postClaims: postings.postClaims,
    postBlocks: postings.postBlocks,
    claimTermStart,
    claimTerms,
    figStart,
    figValue,
    units: units.words,
    figUnit,
    figQualifier,
    counted: counted.words,
    figCounted: narrowIds(figCounted, counted.words.length + 1),
    claimDate,
    claimTermDated: bytesOf(dated, Math.ceil(size / 8)),
    claimTermDenied: bytesOf(denied, Math.ceil(size / 8)),
    placeTerms: Int32Array.from([...byEntity].filter(([id]) => places.has(id)).map(([, term]) => term)),
    termTable: buildTermTable(terms.words),
    wordWeights,
    figureWeight: 2 * (count ? sum / count : 1),
  };
}

/** What a term is, by its first character: an entity (@), a figure (#), a day or year (%), or a word. */
function kindOf(term: string): number {
  const first = term.charCodeAt(0);
  return first === 64 ? ENTITY : first === 35 ? FIGURE : first === 37 ? DAY : WORD;
}

/** Claims per block of postings: a claim number's low 16 bits are stored, its block is told by where it stands. */
const BLOCK = 0x10000;

/** Posting lists in two bytes a claim: whole claim numbers up to 65,536 claims, their low bits and each list's block starts past that. */
function packPostings(postStart: Int32Array, postClaims: Int32Array, claims: number): Pick<CompiledClaims, 'postClaims' | 'postBlocks'> {
  if (claims <= BLOCK) return { postClaims: narrowIds(postClaims, claims), postBlocks: new Int32Array(0) };
  const blocks = Math.ceil(claims / BLOCK) - 1;
  const terms = postStart.length - 1;
  const postBlocks = new Int32Array(terms * blocks);
  for (let t = 0; t < terms; t++) {
    let p = postStart[t];
    for (let b = 1; b <= blocks; b++) {
      while (p < postStart[t + 1] && postClaims[p] < b * BLOCK) p++;
      postBlocks[t * blocks + b - 1] = p;
    }
  }
  // A Uint16Array keeps the low 16 bits of what it is given.
  return { postClaims: new Uint16Array(postClaims), postBlocks };
}

/** One page sentence, as the claim index reads it. */
export interface ClaimQuery {
  terms: string[];
  entityIds: string[];
  /** The page's figures, calendar years excluded. */
  figures: Figure[];
  /** The date the sentence gives what it tells: a day, or a month or year an event cue introduces. */
  date: PageDate | null;
  /** Days written out in the sentence (`MM-DD`), with or without a year. */
  days: string[];
  /** Calendar years the sentence names. */
  years: string[];
  /** Terms of surnames in the sentence that several corpus people share ("Bilyk"): no name is resolved, but one of theirs is meant. */
  ambiguousNames?: string[];
  /** Terms of the words of the names found in the sentence: a name's own words say who, not what happened. */
  nameTerms?: string[];
  /** The people the sentence names: an age or a time in power is one person's, compared only with that person's. */
  personIds?: string[];
  /** Capitals the sentence names, with their countries: a claim that names the country and not the capital shares it. */
  capitals?: { placeId: string; countryIds: readonly string[] }[];
  /** Who the sentence says did what it tells, as its subject (see sentence-subject): entity ids (a capital's with its country's), person or country, and the name as written. */
  subject?: { ids: string[]; kind: Actor['kind']; name: string };
  /** Whether the sentence asks rather than states ("Did police detain 3,711 people?"): nothing it says is judged. */
  asked?: boolean;
  /** The places the sentence names, and whether each is a country. */
  places?: { id: string; country: boolean }[];
  /** What the sentence says did not happen: the words each denial denies, as terms and as offsets in the block, and its phrase for the card. */
  denials?: { phrase: string; terms: string[]; start: number; end: number }[];
  /** Where the sentence says it, the place each figure counts in (by the figure's index): "4,000 attending in St. Petersburg". */
  figurePlaces?: (FigurePlace | null)[];
}

/** A person or a country of the corpus, as one that does what a claim tells, with its name. */
export interface Actor {
  kind: 'person' | 'country';
  name: string;
}

/** The place a page figure counts in: its entity id, and whether it is a country (a city's count may be part of a country's). */
export interface FigurePlace {
  id: string;
  /** As the page writes it, for the card. */
  name: string;
  country: boolean;
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
const DAY = 3;
/** Scores below this are not the same fact. */
const MIN_SCORE = 0.25;
/** The mark in `inQuery` of a term that is a word of one of the sentence's names. */
const NAME_WORD = 2;
/** The mark in `inQuery` of the entity term of a person the sentence names. */
const PERSON = 3;
/** The mark in `inQuery` of a month's name: it says when, not what happened ("issued his warning on January 25"). */
const MONTH_WORD = 4;
/** Months' names as terms. */
const MONTH_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map(termOf));
/** Months' names that are no other word ("march" is one: protesters march). */
const MONTH_TERMS = [...MONTH_NAMES].filter((term) => term !== termOf('march') && term !== termOf('may'));
/** The share of a sentence's weight a long claim must hold for the sentence to state one of its facts. */
const STATED_SHARE = 0.8;
/** Without a shared name, the share of a claim's word weight a sentence must cover. */
const MIN_WORD_COVERAGE = 0.4;
const NO_FIGURES: readonly Figure[] = [];
const NO_ACTORS = (): Actor | undefined => undefined;
/** Candidates judged in full per sentence, after retrieval. */
const TOP = 6;
/** Claims all of a sentence's rarest terms may share before the intersection stops being selective. */
const MAX_CANDIDATES = 128;
/**
 * Terms in more claims than this retrieve nothing alone (they still count in
 * the score): a common word is not a topic. Absolute, so the work per
 * sentence does not grow with the corpus.
 */
const RETRIEVAL_CAP = 256;
/** A sentence's only rare word retrieves claims alone when it is in no more claims than this. */
const LONE_WORD_CAP = 32;
/** When every rare term is common, claims holding two of the sentence's this many rarest terms are candidates. */
const RAREST = 4;
/** A sentence whose rarest term is in more claims than this takes no fallback. */
const FALLBACK_CAP = 4 * RETRIEVAL_CAP;

/** A loaded segment of the claim index. */
export class ClaimIndex {
  private readonly kinds: Uint8Array;
  /** 1 for the terms of days of a month ("January 23"), which a year term is not. */
  private readonly monthDays: Uint8Array;
  /** Per claim: rare words shared with the current query (255: a name, figure or day), cleared after each use. */
  private readonly hits: Uint8Array;
  /** 1 for the terms of places. */
  private readonly places: Uint8Array;
  /** 1 for the terms of the query being read, 2 for those that are words of its names; cleared after it. */
  private readonly inQuery: Uint8Array;
  /** For the terms the query denies, the number of its denial plus one; cleared after it. */
  private readonly denied: Uint8Array;
  /** The kinds of event each term names (see event-kinds), as bits. */
  private readonly termEvents: Uint16Array;
  private readonly cap: number;
  /** What a word in no claim weighs. */
  private readonly unknownIdf: number;
  /** The terms of months' names in this index. */
  private readonly monthTerms: number[];
  private readonly ids: IdTable;
  /** Blocks of 65,536 claims past the first, and room to read a posting list of them into. */
  private readonly blocks: number;
  private scratch = new Int32Array(0);

  constructor(readonly compiled: CompiledClaims) {
    this.ids = IdTable.fromStored(compiled.claimIds);
    this.blocks = compiled.postBlocks.length / (compiled.postStart.length - 1);
    // One pass over the terms, by their first character: this runs on every service-worker wake, over hundreds of thousands of terms.
    const { terms } = compiled;
    this.kinds = new Uint8Array(terms.length);
    this.monthDays = new Uint8Array(terms.length);
    for (let t = 0; t < terms.length; t++) {
      const kind = kindOf(terms[t]);
      this.kinds[t] = kind;
      if (kind === DAY && terms[t].charCodeAt(3) === 45) this.monthDays[t] = 1; // %MM-DD, not %YYYY
    }
    this.hits = new Uint8Array(this.ids.size);
    this.places = new Uint8Array(terms.length);
    this.inQuery = new Uint8Array(terms.length);
    this.denied = new Uint8Array(terms.length);
    for (const t of compiled.placeTerms) this.places[t] = 1;
    this.cap = RETRIEVAL_CAP;
    // An average word's: a word the corpus never uses is not rare in English for that ("talks", "disputed").
    this.unknownIdf = compiled.figureWeight / 2;
    this.monthTerms = MONTH_TERMS.flatMap((term) => {
      const t = term === null ? undefined : this.term(term);
      return t === undefined ? [] : [t];
    });
    this.termEvents = new Uint16Array(terms.length);
    for (const term of eventTerms()) {
      const t = this.term(term);
      if (t !== undefined) this.termEvents[t] = eventKinds(term);
    }
  }

  /** The id of a term, if the index has it. */
  private term(term: string): number | undefined {
    const t = lookupTerm(this.compiled.termTable, this.compiled.terms, term);
    return t < 0 ? undefined : t;
  }

  /** The term of an entity ("@" and its id), if the index has it. */
  private entityTerm(entityId: string): number | undefined {
    const t = lookupTerm(this.compiled.termTable, this.compiled.terms, entityId, 64);
    return t < 0 ? undefined : t;
  }

  /** The kinds of event claim c names, as bits. */
  private eventsOf(c: number): number {
    const { claimTermStart, claimTerms } = this.compiled;
    let events = 0;
    for (let i = claimTermStart[c]; i < claimTermStart[c + 1]; i++) events |= this.termEvents[claimTerms[i]];
    return events;
  }

  /** 1 for the claims of `docIds` (documents removed, their segment not yet compiled again), or null when it holds none. */
  claimsOf(docIds: ReadonlySet<string>): Uint8Array | null {
    return this.ids.docMask(docIds);
  }

  /**
   * The corpus claim this sentence states, or null; claims marked in `removed`
   * are passed over. `actorOf` tells the corpus's people and countries by
   * entity id (for a claim whose actor is another than the sentence's).
   */
  best(query: ClaimQuery, removed: Uint8Array | null = null, actorOf: (entityId: string) => Actor | undefined = NO_ACTORS): JudgedClaim | null {
    const found: number[] = [];
    const push = (id: number | undefined) => {
      if (id !== undefined) found.push(id);
    };
    // Read from the sentence's words, not from the terms the corpus has: a funeral no claim mentions is still no rally.
    let events = 0;
    // Words no claim has: still the sentence's, and what it tells beside any claim ("to hold talks with Biden").
    let unknown = 0;
    for (const term of query.terms) {
      const t = this.term(term);
      if (t === undefined) unknown += MONTH_NAMES.has(term) ? 0 : 1;
      else found.push(t);
      events |= eventKinds(term);
    }
    for (const id of query.entityIds) push(this.entityTerm(id));
    for (const figure of query.figures) push(this.term(figureKey(figure)));
    for (const day of query.days) push(this.term(dayKey(day)));
    for (const year of query.years) push(this.term(yearKey(year)));
    if (!found.length) return null;
    // The query's terms once each, ascending as each claim's are: shared terms are found by merging two sorted lists.
    found.sort((a, b) => a - b);
    let size = 0;
    for (let i = 0; i < found.length; i++) if (i === 0 || found[i] !== found[i - 1]) found[size++] = found[i];
    found.length = size;
    const ids = Int32Array.from(found);
    // What the sentence weighs: a claim that covers all of it is closer than one that covers it in part.
    const weight: SentenceWeight = { total: 0, entities: 0, aside: 0, unknown: unknown * this.unknownIdf };
    for (const t of ids) {
      weight.total += this.kinds[t] === ENTITY ? 2 * this.compiled.idf[t] : this.kinds[t] === FIGURE ? 0 : this.compiled.idf[t];
      if (this.kinds[t] === ENTITY) weight.entities++;
    }


    let ambiguous: Set<number> | null = null;
    for (const term of query.ambiguousNames ?? []) {
      const id = this.term(term);
      if (id !== undefined) (ambiguous ??= new Set()).add(id);
    }
    let best: Judged | null = null;
    // The query's terms marked for ranking and judging, cleared before returning.
    for (const t of ids) this.inQuery[t] = 1;
    for (const term of query.nameTerms ?? []) {
      const t = this.term(term);
      if (t !== undefined && this.inQuery[t] === 1) this.inQuery[t] = NAME_WORD;
    }
    for (const id of query.personIds ?? []) {
      const t = this.entityTerm(id);
      if (t !== undefined && this.inQuery[t] === 1) this.inQuery[t] = PERSON;
    }
    const deniedTerms: number[] = [];
    // Opposite words the sentence says, and does not deny ("did not refuse" is no refusal).
    const unsaid = query.denials?.flatMap(({ terms }) => terms) ?? [];
    const opposed = oppositionsIn(query.terms, unsaid).map(({ side, other }) => ({
      page: writtenOf(side.find((term) => query.terms.includes(term) && !unsaid.includes(term))!),
      side: side.flatMap((term) => this.term(term) ?? []),
      other: other.flatMap((term) => this.term(term) ?? []),
    })).filter(({ other }) => other.length > 0);
    query.denials?.forEach(({ terms }, d) => {
      for (const term of terms) {
        const t = this.term(term);
        if (t === undefined || this.inQuery[t] !== 1 || this.denied[t] !== 0 || d >= 255) continue;
        this.denied[t] = d + 1;
        deniedTerms.push(t);
      }
    });
    // What the sentence's months, days and years weigh: when, not what; a claim need not share them to state the rest.
    for (const t of this.monthTerms) {
      if (this.inQuery[t] !== 1) continue;
      this.inQuery[t] = MONTH_WORD;
      weight.aside += this.compiled.idf[t];
    }
    for (const t of ids) if (this.kinds[t] === DAY) weight.aside += this.compiled.idf[t];
    const capitals: Capital[] = [];
    for (const { placeId, countryIds } of query.capitals ?? []) {
      const t = this.entityTerm(placeId);
      const countries = countryIds.flatMap((id) => this.entityTerm(id) ?? []);
      if (t !== undefined && countries.length) capitals.push({ t, countries });
    }
    const judgeAll = (claims: number[], skip: readonly number[], found: Judged | null) => {
      for (const claim of claims) {
        if (skip.includes(claim) || differentEvents(events, this.eventsOf(claim))) continue;
        const judged = this.judge(claim, query, weight, ambiguous, capitals, opposed, actorOf);
        if (judged && (!found || judged.rank > found.rank)) found = judged;
      }
      return found;
    };
    try {
      const rare = this.byRareTerms(ids);
      const retrieved = this.retrieve(ids, rare, removed);
      best = judgeAll(retrieved, [], null);
      // None is the sentence's: the claims of its day with a figure that agrees with one of its own, written otherwise
      // ("almost 4,000" of the source's 3,711).
      if (!best && query.figures.length && query.days.length) best = judgeAll(this.rank(rare, removed, query.figures), retrieved, null);
    } finally {
      for (const t of ids) this.inQuery[t] = 0;
      for (const t of deniedTerms) this.denied[t] = 0;
    }
    if (!best) return null;
    // Only the winner's figure is written out for the card: number formatting is slow, and most judged claims lose.
    if (best.corpus) best.corpus.text = formatFigure(best.corpus);
    const { c, verdict, page, corpus, score, rank } = best;
    return { claimId: this.ids.id(c), verdict, page, corpus, score, rank, reason: reasonOf(best) };
  }

  /**
   * The claims sharing the most with the query. Candidates come from its
   * rarer terms (`rare`: a common word is not a topic); when those give none
   * and the sentence has a figure, a day or a name, from the claims holding all
   * of its rarest terms together (a bank's rate review "on January 10" is in
   * many claims by its words, and in few by all of them). Then every shared
   * term, common ones included, ranks them, and claims that cannot pass the
   * topical test are not judged.
   */
  private retrieve(ids: Int32Array, rare: number[], removed: Uint8Array | null): number[] {
    const found = this.rank(rare, removed, NO_FIGURES);
    return found.length ? found : this.rank(this.byAllRarest(ids), removed, NO_FIGURES);
  }

  /**
   * The best TOP candidates by the weight of the terms they share with the
   * marked query, those that could pass the topical test; with `figures`, a
   * claim of the day with a figure that agrees with one of them may too.
   */
  private rank(candidates: number[], removed: Uint8Array | null, figures: readonly Figure[]): number[] {
    if (!candidates.length) return [];
    const { idf, claimTermStart, claimTerms } = this.compiled;
    const inQuery = this.inQuery;
    // Claims read in index order: their term lists are laid out in that order.
    const ordered = Int32Array.from(candidates).sort();
    // The best few by shared weight (then lower index), kept in order as they come: no array of all candidates is sorted.
    const best: number[] = [];
    const weights: number[] = [];
    for (const c of ordered) {
      if (removed !== null && removed[c] === 1) continue;
      let weight = 0;
      let words = 0;
      let entity = false;
      let day = false;
      let figure = false;
      // A claim's terms against a mark per query term: one predictable test per term, where merging two lists branches on every step.
      for (let i = claimTermStart[c], end = claimTermStart[c + 1]; i < end; i++) {
        const t = claimTerms[i];
        if (inQuery[t] === 0) continue;
        weight += idf[t];
        const kind = this.kinds[t];
        if (kind === WORD) words += idf[t];
        else if (kind === ENTITY) entity = true;
        else if (kind === FIGURE) figure = true;
        else if (this.monthDays[t] === 1) day = true;
      }
      // Without a name, the words must say most of the claim; or the day and the figure are its own (judged in full below).
      // A figure need not be written the same to agree: "almost 4,000" with the source's 3,711 that day.
      if (!figure && day && figures.length) figure = this.agreesWith(c, figures);
      if (!entity && !(day && figure) && words < MIN_WORD_COVERAGE * this.compiled.wordWeights[c]) continue;
      let at = best.length;
      while (at > 0 && (weights[at - 1] < weight || (weights[at - 1] === weight && best[at - 1] > c))) at--;
      if (at >= TOP) continue;
      best.splice(at, 0, c);
      weights.splice(at, 0, weight);
      if (best.length > TOP) {
        best.pop();
        weights.pop();
      }
    }
    return best;
  }

  /** Whether one of claim c's figures agrees with one of the page's, of the same unit (what each counts is judged later). */
  private agreesWith(c: number, pageFigures: readonly Figure[]): boolean {
    const k = this.compiled;
    for (let f = k.figStart[c]; f < k.figStart[c + 1]; f++) {
      const unit = k.units[k.figUnit[f]];
      for (const page of pageFigures) {
        if (page.unit !== unit) continue;
        if (compatible(page, { value: k.figValue[f], unit, qualifier: QUALIFIERS[k.figQualifier[f]], counted: null, text: '', start: 0, end: 0 })) return true;
      }
    }
    return false;
  }

  /** Term t's claims, ascending; past 65,536 claims, read into a buffer that the next call reuses. */
  private postings(t: number): IdArray {
    const { postStart, postClaims, postBlocks } = this.compiled;
    const start = postStart[t];
    const end = postStart[t + 1];
    if (!this.blocks) return postClaims.subarray(start, end);
    if (this.scratch.length < end - start) this.scratch = new Int32Array(Math.max(end - start, 2 * this.scratch.length));
    const out = this.scratch;
    let k = 0;
    for (let b = 0, p = start; b <= this.blocks; b++) {
      const blockEnd = b < this.blocks ? postBlocks[t * this.blocks + b] : end;
      for (const high = b * BLOCK; p < blockEnd; p++) out[k++] = high + postClaims[p];
    }
    return out.subarray(0, k);
  }

  /** Whether claim c holds term t: a binary search in t's list (in c's block of it, past 65,536 claims). */
  private holds(t: number, c: number): boolean {
    const { postStart, postClaims, postBlocks } = this.compiled;
    let lo = postStart[t];
    let hi = postStart[t + 1];
    let value = c;
    if (this.blocks) {
      const block = Math.floor(c / BLOCK);
      if (block > 0) lo = postBlocks[t * this.blocks + block - 1];
      if (block < this.blocks) hi = postBlocks[t * this.blocks + block];
      value = c % BLOCK;
    }
    const end = hi;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (postClaims[mid] < value) lo = mid + 1;
      else hi = mid;
    }
    return lo < end && postClaims[lo] === value;
  }

  /** Claims holding a rare term of the query: any name, figure or day, or two of its rare words. */
  private byRareTerms(ids: Int32Array): number[] {
    const { postStart } = this.compiled;
    const hits = this.hits;
    const touched: number[] = [];
    let rareWords = 0;
    let rarestWord = Infinity;
    for (const t of ids) {
      const df = postStart[t + 1] - postStart[t];
      if (df > this.cap) continue;
      // A place in many claims is a setting, not a topic: its name's words count for it, as any words do.
      if (this.places[t] && df > LONE_WORD_CAP) continue;
      const strong = this.kinds[t] !== WORD;
      if (!strong) {
        rareWords++;
        rarestWord = Math.min(rarestWord, df);
      }
      const bump = strong ? 255 : 1;
      const list = this.postings(t);
      for (let i = 0; i < list.length; i++) {
        const c = list[i];
        const seen = hits[c];
        if (seen === 0) touched.push(c);
        // Saturates at 255: a name, figure or day is enough alone.
        hits[c] = seen + bump > 255 ? 255 : seen + bump;
      }
    }
    // A claim sharing one ordinary word with a sentence that has several is a coincidence, not a candidate;
    // a sentence's only rare word is a topic alone when few claims hold it.
    const needed = rareWords === 1 && rarestWord > LONE_WORD_CAP ? 255 : Math.min(2, rareWords);
    const kept: number[] = [];
    for (const c of touched) {
      if (hits[c] >= needed) kept.push(c);
      hits[c] = 0;
    }
    return kept;
  }

  /**
   * Claims holding two of the query's rarest terms, when the query has a
   * figure or a day (one term the claim words differently does not lose it);
   * while still many, those holding more of them.
   */
  private byAllRarest(ids: Int32Array): number[] {
    const { postStart } = this.compiled;
    // Only a sentence with a figure or a day: a name alone, however common, does not make a fact.
    if (!ids.some((t) => this.kinds[t] === FIGURE || this.kinds[t] === DAY)) return [];
    const terms = Array.from(ids).sort((a, b) => postStart[a + 1] - postStart[a] - (postStart[b + 1] - postStart[b]));
    // A sentence whose rarest term is in many claims is common words and figures: it states none of them.
    if (terms.length < 2 || postStart[terms[0] + 1] - postStart[terms[0]] > FALLBACK_CAP) return [];
    // Claims in two of the rarest lists, counted in one pass over each list (not one intersection per pair).
    const hits = this.hits;
    const touched: number[] = [];
    for (const t of terms.slice(0, RAREST)) {
      const list = this.postings(t);
      for (let i = 0; i < list.length; i++) if (hits[list[i]]++ === 0) touched.push(list[i]);
    }
    const found: number[] = [];
    for (const c of touched) {
      if (hits[c] >= 2) found.push(c);
      hits[c] = 0;
    }
    let result: Int32Array = Int32Array.from(found).sort();
    // Narrowed by looking each claim up in the next list: a common term's list is long, and is not read whole.
    for (let k = 1; k < terms.length && result.length > MAX_CANDIDATES; k++) {
      const narrower = result.filter((c) => this.holds(terms[k], c));
      if (narrower.length) result = narrower;
    }
    // Still many after every term: claims that all say the same; ranking picks among them.
    return Array.from(result.subarray(0, 8 * MAX_CANDIDATES));
  }

  /** Claim c against the marked query, the sentence weighed as `sentence` says. */
  private judge(
    c: number,
    query: ClaimQuery,
    sentence: SentenceWeight,
    ambiguous: ReadonlySet<number> | null,
    capitals: readonly Capital[],
    opposed: readonly Opposed[],
    actorOf: (entityId: string) => Actor | undefined,
  ): Judged | null {
    const queryWeight = sentence.total;
    const k = this.compiled;
    let sharedWords = 0;
    let sharedEntities = 0;
    let shared = 0;
    let total = 0;
    let wordWeight = 0;
    let sharedWordWeight = 0;
    let sharedDays = 0;
    let sharedMonthDays = 0;
    // Shared words that are not words of the sentence's names: what happened, not who.
    let sharedEventWords = 0;
    let sharedMonthWords = 0;
    let sharedWhenWeight = 0;
    // Shared words of what happened in the part of the claim its date dates: "returned", not "poisoning".
    let sharedDatedWords = 0;
    let sharedPeople = 0;
    let claimPlaces = 0;
    // A word of what happened the page denies and the claim states: "Navalny did not return to Russia on January 17".
    let denial = 0;
    // A surname the page shares with the claim, where the corpus has several people of that name: the claim's person is
    // as likely meant as not, and the name it resolved to on the claim's side does not count against it.
    let unresolved = 0;
    const unnamed: number[] = [];
    const inQuery = this.inQuery;
    for (let i = k.claimTermStart[c]; i < k.claimTermStart[c + 1]; i++) {
      const t = k.claimTerms[i];
      const kind = this.kinds[t];
      if (kind === FIGURE) continue;
      const weight = kind === ENTITY ? 2 * k.idf[t] : k.idf[t];
      total += weight;
      if (kind === WORD) wordWeight += weight;
      claimPlaces += this.places[t];
      if (inQuery[t] === 0) {
        if (kind === ENTITY && ambiguous) unnamed.push(weight);
        continue;
      }
      if (ambiguous?.has(t)) unresolved++;
      shared += weight;
      if (kind === ENTITY) {
        sharedEntities++;
        if (inQuery[t] === PERSON) sharedPeople++;
      } else if (kind === DAY) {
        sharedDays++;
        sharedWhenWeight += weight;
        sharedMonthDays += this.monthDays[t];
      }
      else if (kind === WORD) {
        sharedWords++;
        sharedWordWeight += weight;
        if (inQuery[t] === MONTH_WORD) {
          sharedMonthWords++;
          sharedWhenWeight += weight;
        } else if (inQuery[t] !== NAME_WORD) {
          sharedEventWords++;
          if ((k.claimTermDated[i >> 3] >> (i & 7)) & 1) sharedDatedWords++;
          if (this.denied[t] !== 0 && denial === 0 && !((k.claimTermDenied[i >> 3] >> (i & 7)) & 1)) denial = this.denied[t];
        }
      }
    }
    for (let i = 0; i < Math.min(unresolved, unnamed.length); i++) total -= unnamed[i];
    // A capital is shared with a claim that names its country and not it: "Navalny returned to Moscow" is the source's return to Russia.
    for (const { t, countries } of capitals) {
      if (this.holds(t, c) || !countries.some((country) => this.holds(country, c))) continue;
      sharedEntities++;
      shared += 2 * k.idf[t];
    }
    // With the same day written out, its month says what happened on it ("flew back to Russia on January 17");
    // with no day shared, a month says only when, and another month is no other event.
    if (sharedMonthDays > 0) sharedEventWords += sharedMonthWords;
    const figureCount = k.figStart[c + 1] - k.figStart[c];
    // An age, a start or a time in power is of the person the sentence names: Putin's rule is no measure of Lukashenko's.
    const paired = (query.figures.length && figureCount ? this.pairsOf(c, query.figures) : []).filter(
      (p) => (!query.personIds || sharedPeople > 0 || unresolved > 0 || !ofAPerson(p.page)) && this.saysOfWhat(c, p),
    );
    const pairs = paired.filter((p) => this.countsIn(c, p, query, claimPlaces > 0));
    // A figure set aside for counting elsewhere is said on the card: "the page's figure is for Yakutsk".
    const setAside = paired.find((p) => !pairs.includes(p));
    const elsewhere = setAside ? query.figurePlaces?.[query.figures.indexOf(setAside.page)]?.name : undefined;
    // The words must say the same thing, not only share a couple of common ones ("cost", "years").
    // Or the same day and the same figure of the same thing: "police detained more than 3,700 people on January 23" of a
    // long sentence that also says who reported it and what the number meant. A year is not enough (a war since 2014 is not
    // the one war), and a different figure is not: it may be another place's count of that day, not a contradiction.
    const sameDayAndFigure = sharedMonthDays > 0 && pairs.some((p) => compatible(p.page, p.corpus));
    // A month or a year is compared only where the page tells what the claim dates by it: "Navalny was poisoned in August
    // 2020" is not "returned to Russia on January 17". Days are compared as they were, where the claim is found.
    const dated = sharedEntities > 0 && sharedDatedWords > 0;
    const written = compareDates(query.date, decodeDate(k.claimDate[c]));
    const dates = written && written.page.length < 10 && !dated ? null : written;
    if (sharedEntities === 0 && sharedWordWeight < MIN_WORD_COVERAGE * wordWeight && !sameDayAndFigure) return null;
    // Topical overlap first: a shared figure alone ("40,000 fans") is not the same fact.
    // With a name, a word of what happened (the name's own words say who, not what), or figures that say what they measure:
    // a bare count ("Russia, a country of 144 million", "3,000 people") meets any count of the claim's, and is no topic.
    const topical = sharedEntities > 0 ? sharedEventWords >= 1 || pairs.some((p) => saysWhat(p.page) && saysWhat(p.corpus)) : sharedWords >= 2;
    if (!topical) return null;
    // Without figures to compare, a shared day or year, a shared name or a third shared word makes it the same fact.
    // Or, with a name and a word of what the claim's date dates, a date to compare: "Navalny returned to Russia in February".
    const datedEvent = dates !== null && dated;
    if (!pairs.length && sharedDays === 0 && !datedEvent && !(sharedEntities > 0 && sharedWords >= 2) && sharedWords < 3) return null;
    const pairedFigures = new Set(pairs.map((p) => p.corpus)).size;
    const score = Math.min(1, (shared + this.compiled.figureWeight * pairedFigures) / (total + this.compiled.figureWeight * figureCount || 1));
    // One fact of a long source sentence: a sentence with a name, a word and a day or year of the claim, and little else, states it.
    // A month or a year alone is a weak sign of one event: there, the words no claim has count against it too.
    const statedShare = (unknown: number) => shared >= STATED_SHARE * (queryWeight - sentence.aside + sharedWhenWeight + unknown);
    const stated = sharedEntities > 0 && sharedEventWords > 0 && ((sharedDays > 0 && statedShare(0)) || (datedEvent && statedShare(sentence.unknown)));
    if (score < MIN_SCORE && !pairs.length && !stated) return null;
    // Figures compared decide over a year: "in 2019 the war had killed 13,000" dates the count, not the war's start in 2014.
    const judged = verdictOf(pairs, dates && dates.page.length === 4 && pairs.length ? null : dates);
    if (!judged) return null;
    if (judged.verdict === 'related' && elsewhere) judged.elsewhere = elsewhere;
    // Prefer the claim about the same actors (the share of the sentence's names it holds: a source that names one more place
    // does not outweigh the same figure), with figures to compare, the closest figures, and the most of the sentence covered.
    // Equal otherwise, the claim whose figures are qualified as the page's ("88", not "over 88").
    const sameQualifiers = pairs.length ? pairs.filter((p) => p.page.qualifier === p.corpus.qualifier).length / pairs.length : 0;
    const rank = score + 0.5 * (sharedEntities / Math.max(1, sentence.entities)) + (judged.page ? 0.5 + 0.5 * judged.closeness : 0) + 0.25 * (queryWeight ? shared / queryWeight : 0) + 0.01 * sameQualifiers;
    if (query.asked) return { c, verdict: 'related', page: null, corpus: null, closeness: judged.closeness, asked: true, score, rank };
    if (denial) {
      // Said not to have happened in a place the claim does not name ("did not detain anyone in Yakutsk"), it denies a part at most.
      if (!(query.places ?? []).every((place) => this.namesPlace(c, place, claimPlaces > 0, capitals))) return null;
      return { c, ...deniedVerdict(query.denials!, denial - 1, pairs, judged), score, rank };
    }
    // Another did it: the page's subject is none of the claim's people (or countries), and one of them it does not name.
    // Only of a claim the sentence is compared with (a figure or a date): a related one may be another fact altogether.
    const actor = query.subject && judged.verdict !== 'related' ? this.otherActor(c, query.subject, actorOf) : null;
    if (actor) return { c, verdict: 'contradicted', page: null, corpus: null, closeness: judged.closeness, actor: { page: query.subject!.name, source: actor }, score, rank };
    // The opposite of the claim's word ("refused" for "promised"): the same occasion, not the fact the figures support.
    const opposite = judged.verdict === 'contradicted' ? null : this.oppositeIn(c, opposed);
    if (opposite) return { c, verdict: 'related', page: null, corpus: null, closeness: judged.closeness, opposite, score, rank };
    return { c, ...judged, score, rank };
  }

  /**
   * Whether a page figure may be of claim c's places, where the sentence puts it in one ("4,000 attending in St.
   * Petersburg"). A claim that names places must name that one: a count of another city is not the claim's count, nor
   * wrong. A claim that names none may count a whole country: a city's count is compared only where it agrees ("26
   * detained in Yakutsk" is no contradiction of 3,711 detained), a country's in full.
   */
  private countsIn(c: number, { page, corpus }: FigurePair, query: ClaimQuery, claimNamesPlaces: boolean): boolean {
    const place = query.figurePlaces?.[query.figures.indexOf(page)];
    if (!place) return true;
    if (!claimNamesPlaces) return place.country || compatible(page, corpus);
    const t = this.entityTerm(place.id);
    return t !== undefined && this.holds(t, c);
  }

  /** The name of a person (or country, as the subject is) claim c names and the query does not, where c is not the subject's; or null. */
  private otherActor(c: number, subject: NonNullable<ClaimQuery['subject']>, actorOf: (entityId: string) => Actor | undefined): string | null {
    if (subject.ids.some((id) => {
      const t = this.entityTerm(id);
      return t !== undefined && this.holds(t, c);
    })) return null;
    const { claimTermStart, claimTerms, terms } = this.compiled;
    for (let i = claimTermStart[c]; i < claimTermStart[c + 1]; i++) {
      const t = claimTerms[i];
      const actor = this.kinds[t] === ENTITY && this.inQuery[t] === 0 ? actorOf(terms[t].slice(1)) : undefined;
      if (actor?.kind === subject.kind) return actor.name;
    }
    return null;
  }

  /** The sentence's word and claim c's where c says the opposite of one of the sentence's words and not that word; or null. */
  private oppositeIn(c: number, opposed: readonly Opposed[]): { page: string; source: string } | null {
    for (const { page, side, other } of opposed) {
      const said = other.find((t) => this.holds(t, c));
      if (said !== undefined && !side.some((t) => this.holds(t, c))) return { page, source: writtenOf(this.compiled.terms[said]) };
    }
    return null;
  }

  /** Whether claim c is of a place the sentence names: it names the place or, as a capital, its country; or names none, and the place is a country. */
  private namesPlace(c: number, place: { id: string; country: boolean }, claimNamesPlaces: boolean, capitals: readonly Capital[]): boolean {
    const t = this.entityTerm(place.id);
    if (t !== undefined && this.holds(t, c)) return true;
    if (capitals.some((capital) => capital.t === t && capital.countries.some((country) => this.holds(country, c)))) return true;
    return !claimNamesPlaces && place.country;
  }

  /**
   * Whether a pair with a count in words that does not say what it counts is of
   * what the other side's count is: its last word ("protested", "detained") is
   * among the other side's words. "Millions of Russians watched Putin's address"
   * is no count of the source's "Russians took to the streets in the tens of thousands".
   */
  private saysOfWhat(c: number, { page, corpus }: FigurePair): boolean {
    if (vague(corpus) && corpus.counted === null && page.counted !== null) {
      const t = this.doneTerm(page.counted);
      return t !== undefined && this.holds(t, c);
    }
    if (vague(page) && page.counted === null && corpus.counted !== null) {
      const t = this.doneTerm(corpus.counted);
      return t !== undefined && this.inQuery[t] !== 0;
    }
    return true;
  }

  /** The term of what was done to those a counted phrase counts, its last word ("protested"), unless that says only who ("Russians"). */
  private doneTerm(counted: string): number | undefined {
    const word = counted.slice(counted.lastIndexOf(' ') + 1);
    return WHO.test(word) ? undefined : this.term(termOf(word) ?? '');
  }

  /** The page's figures each against the claim's comparable ones; the corpus figures' text is left for the winner. */
  private pairsOf(c: number, pageFigures: readonly Figure[]): FigurePair[] {
    const k = this.compiled;
    const corpusFigures: Figure[] = [];
    for (let f = k.figStart[c]; f < k.figStart[c + 1]; f++) {
      corpusFigures.push({
        value: k.figValue[f],
        unit: k.units[k.figUnit[f]],
        qualifier: QUALIFIERS[k.figQualifier[f]],
        counted: k.figCounted[f] === 0 ? null : k.counted[k.figCounted[f] - 1],
        text: '',
        start: 0,
        end: 0,
      });
    }
    return reckonedOver(pageFigures.flatMap((page) => corpusFigures.filter((corpus) => comparable(page, corpus)).map((corpus) => ({ page, corpus }))));
  }
}

/** Sorts array[from, to) ascending in place: a claim's few terms, without a view per claim. */
function sortRange(array: Int32Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const value = array[i];
    let j = i - 1;
    while (j >= from && array[j] > value) {
      array[j + 1] = array[j];
      j--;
    }
    array[j + 1] = value;
  }
}

function grow(array: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(Math.max(needed, array.length * 2));
  grown.set(array);
  return grown;
}

/** Whether [start, end) lies in one of the ranges. */
function within(ranges: readonly [number, number][], start: number, end: number): boolean {
  for (let i = 0; i < ranges.length; i++) if (start >= ranges[i][0] && end <= ranges[i][1]) return true;
  return false;
}

function growBytes(array: Uint8Array<ArrayBuffer>, needed: number): Uint8Array<ArrayBuffer> {
  const grown = new Uint8Array(Math.max(needed, array.length * 2));
  grown.set(array);
  return grown;
}

/** The first `length` bytes of `array`, zeros past its end. */
function bytesOf(array: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(length);
  out.set(array.subarray(0, Math.min(length, array.length)));
  return out;
}

interface FigurePair {
  page: Figure;
  corpus: Figure;
}

/** What the figures and dates say, before the card's reason is written (for the best claim only). */
interface Verdict {
  verdict: ClaimVerdict;
  page: Figure | null;
  corpus: Figure | null;
  closeness: number;
  /** The two dates compared, when they decide: different, they contradict; the same, with no figures, they support. */
  dates?: DateComparison;
  /** Where the page's figure counts, when that set it aside: nothing was compared. */
  elsewhere?: string;
  /** The page's words that deny what the claim states ("did not return"). */
  denied?: string;
  /** The page denies a figure or a date that differs from the claim's (`page`, `corpus` or `dates` say which). */
  deniedOther?: boolean;
  /** The person the page says did it, and the claim's, where they differ ("Navalny", "Vladimir Putin"). */
  actor?: { page: string; source: string };
  /** The page asks about the claim ("Did police detain …?"), and states nothing to judge. */
  asked?: boolean;
  /** A word of the page's and the claim's opposite of it ("refused", "promised"). */
  opposite?: { page: string; source: string };
}

/** Opposite words the sentence says (one, as written), as the index's terms of that side and of the other. */
interface Opposed {
  page: string;
  side: number[];
  other: number[];
}

/** A capital's term in the index, and its countries'. */
interface Capital {
  t: number;
  countries: number[];
}

/** What a page sentence weighs, for judging how much of it a claim holds. */
interface SentenceWeight {
  /** Its terms the index has: entities twice, figures not at all. */
  total: number;
  entities: number;
  /** Of `total`, what says when beside what happened: months, days and years. */
  aside: number;
  /** Its words no claim has (months' names aside), each as an average word. */
  unknown: number;
}

/** A candidate claim judged: its number in the segment, its verdict and how it ranks. */
interface Judged extends Verdict {
  c: number;
  score: number;
  rank: number;
}

/** Comparable figures decide: one incompatible pair contradicts; all compatible support; none to compare is related. */
/** The verdict on the figures and days compared; null where they tell of another occasion, not of a wrong figure. */
function verdictOf(pairs: FigurePair[], dates: DateComparison | null): Verdict | null {
  // Each page figure is judged against its counterpart: one that counts the same thing, then one it agrees with, then the closest.
  const judged = new Map<Figure, { corpus: Figure; ok: boolean; same: boolean }>();
  let far = 0;
  for (const { page, corpus } of pairs) {
    const ok = compatible(page, corpus);
    // A figure that agrees only as an open bound far from the other ("more than 400" against 3,711) is of another count.
    // A vague count far from the other ("hundreds detained" against 3,711) says too little to compare: set aside.
    if (ok && farApart(page, corpus)) {
      if (!vague(page) && !vague(corpus)) far++;
      continue;
    }
    const current = judged.get(page);
    const same = countsSame(page, corpus);
    if (
      !current ||
      (same && !current.same) ||
      (same === current.same && ((ok && !current.ok) || (ok === current.ok && Math.abs(corpus.value - page.value) < Math.abs(current.corpus.value - page.value))))
    ) {
      judged.set(page, { corpus, ok, same });
    }
  }
  if (far && far === pairs.length) return null;
  // How close the figures are, all of them: "23 seats of 151" is closer to 23 of 151 than to 23 of 148.
  const closeness = judged.size ? [...judged].reduce((sum, [page, j]) => sum + ratio(page.value, j.corpus.value), 0) / judged.size : 0;
  // A page that gives two counts of one thing ("an estimated 40,000 took part, while police put the number at 4,000")
  // is not wrong where one of them is the source's.
  const wrong = [...judged].find(([, j]) => !j.ok && ![...judged.values()].some((other) => other.ok && other.corpus === j.corpus));
  // Another day and another count: another occasion ("more than 5,000 detained on January 31" is the next weekend's protests,
  // not the 3,711 of January 23 miscounted). One of the two alone differing is what contradicts, as do a day and a time
  // that both differ ("on January 20, three days before the protests").
  if (wrong && wrong[0].unit === 'count' && dates && !dates.same) return null;
  if (wrong) return { verdict: 'contradicted', page: wrong[0], corpus: wrong[1].corpus, closeness };
  if (dates && !dates.same) return { verdict: 'contradicted', page: null, corpus: null, closeness, dates };
  // The card shows a page figure that agrees.
  const first = [...judged].find(([, j]) => j.ok);
  if (first) return { verdict: 'supported', page: first[0], corpus: first[1].corpus, closeness };
  // The same day, month or year written on both sides was compared, and agrees: "returned to Russia on January 17".
  if (dates) return { verdict: 'supported', page: null, corpus: null, closeness, dates };
  return { verdict: 'related', page: null, corpus: null, closeness };
}

/**
 * The verdict on a sentence that denies a word of claim's fact (denial `d` of
 * `denials`), its figures paired as `pairs` and judged as `judged`. The page
 * denies the source, whatever its figures and dates; but a figure it calls
 * false is not what it states: "Posts claiming that 100,000 were detained are
 * false: OVD-Info counted 3,711" denies a wrong count and gives the source's,
 * and denying a figure or a date that differs from the source's ("did not
 * return on January 18") is no denial of the source.
 */
function deniedVerdict(denials: NonNullable<ClaimQuery['denials']>, d: number, pairs: FigurePair[], judged: Verdict): Verdict {
  const inDenial = (figure: Figure) => denials.some((denial) => figure.start >= denial.start && figure.end <= denial.end);
  const deniedPairs = pairs.filter((p) => inDenial(p.page));
  const deniesSource = deniedPairs.some((p) => compatible(p.page, p.corpus));
  if (deniedPairs.length && !deniesSource) {
    const kept = pairs.filter((p) => !inDenial(p.page));
    const stated = kept.length ? verdictOf(kept, null) : null;
    return stated ?? { verdict: 'related', page: deniedPairs[0].page, corpus: deniedPairs[0].corpus, closeness: judged.closeness, deniedOther: true };
  }
  if (!deniesSource && judged.verdict === 'contradicted') return { ...judged, verdict: 'related', deniedOther: true };
  return { verdict: 'contradicted', page: null, corpus: null, closeness: judged.closeness, denied: denials[d].phrase };
}

/** The reason a card gives for a verdict, its figures written out. */
function reasonOf({ verdict, page, corpus, dates, elsewhere, denied, deniedOther, opposite, asked, actor }: Verdict): string {
  if (deniedOther && page && corpus) return `The page denies a ${what(page)} that differs from the source's: the page says ${page.text}, the source says ${corpus.text}.`;
  if (deniedOther && dates) return `The page denies a date that differs from the source's: the page says ${formatDate(dates.page)}, the source says ${formatDate(dates.corpus)}.`;
  if (asked) return 'The page asks about a source claim; it states nothing to compare.';
  if (actor) return `Different actor: the page says ${actor.page}, the source says ${actor.source}.`;
  if (denied) return `Denied: the page says “${denied.trim()}”; the source states it.`;
  if (opposite) return `Opposite words: the page says “${opposite.page}” where the source says “${opposite.source}”.`;
  if (page && corpus) return `${verdict === 'contradicted' ? 'Different' : 'Same'} ${what(page)}: the page says ${page.text}, the source says ${corpus.text}.`;
  if (dates && verdict === 'contradicted') return `Different date: the page says ${formatDate(dates.page)}, the source says ${formatDate(dates.corpus)}.`;
  if (dates) return `Same date as the source: ${formatDate(dates.corpus)}.`;
  if (elsewhere) return `Same subject as a source claim; the page's figure is for ${elsewhere}, the source's is not.`;
  return 'Same subject as a source claim, with nothing to compare.';
}

/**
 * Pairs of figures to judge by. Where both sides reckon to a year of birth or
 * a start, an age or a time in power that differs from the source's is left
 * to that: written years apart, "70" and "66" can be the same man, and "29
 * years" and "26 years" the same rule. Those that agree stay, and are what the
 * card shows.
 */
function reckonedOver(pairs: FigurePair[]): FigurePair[] {
  const born = pairs.some((p) => p.page.unit === 'born');
  const since = pairs.some((p) => p.page.unit === 'since');
  if (!born && !since) return pairs;
  const reckoned = (page: Figure) => (born && page.unit === 'age') || (since && page.unit === 'years' && page.counted === 'years in power');
  return pairs.filter((p) => !reckoned(p.page) || compatible(p.page, p.corpus));
}

/** Words for who was counted, not what they did: "people", "Russians", "Belarusians", "residents". */
const WHO = /^(?:people|persons|residents|citizens|\p{L}+(?:ians|ans|ese))$/u;

/** Whether a figure measures a person: an age, a year of birth, when a rule began, a time in power or in prison. */
function ofAPerson(figure: Figure): boolean {
  return figure.unit === 'age' || figure.unit === 'born' || figure.unit === 'since' || (figure.counted?.startsWith(`${figure.unit} in `) ?? false);
}

/** What a pair of figures compares, for the reason a card gives. */
function what(figure: Figure): string {
  return figure.unit === 'since' ? 'start' : figure.unit === 'born' ? 'year of birth' : 'figure';
}

/** 1 for equal values, towards 0 as they part. */
function ratio(a: number, b: number): number {
  return a === b ? 1 : Math.min(Math.abs(a), Math.abs(b)) / Math.max(Math.abs(a), Math.abs(b));
}
