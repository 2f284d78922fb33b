/**
 * Deterministic synthetic news articles for benchmarks at scale: realistic
 * English prose on eight beats, with the people, organisations, places,
 * check-worthy claims and quotes planted in each article recorded as its
 * `truth`, exactly as written in `raw`.
 *
 * Article i depends only on (seed, i): its random stream is seeded from both,
 * and its new people come from a bijection of (i, slot) onto the name pools,
 * so they are distinct across the corpus until the pools run out (~137k
 * pairs, i.e. ~17k articles). Templates live in pools.ts; an article uses the
 * ones that fit its issue (see Topic.issues). A rare draft outside the bounds
 * (500–900 words, ≥5 people, ≥10 claims, ≥3 quotes) is rewritten from a
 * stream derived from the same (seed, i). Pure TypeScript: no Node or browser
 * APIs, no Math.random, no clock.
 */
import type { RawDocument } from '../../src/corpus/build-pack';
import {
  AD_LINES, AP_MONTHS, COMPANY_STEMS, COUNTRIES, EXPERT_CLAIMS, EXPERT_PROBLEM_CLAIMS, EXPERT_QUOTES, EXPERT_ROLES, FILLERS,
  FOLLOW_UPS, GENERAL_CLAIMS, GENERAL_QUOTES, INITIATIVE_ADJECTIVES, INITIATIVE_KINDS, INITIATIVE_NOUNS, LEADER_LINES,
  LOCAL_FOLLOW_UPS, LOCAL_QUOTE_TAILS, MONTHS, NAME_GROUPS, NUMBER_WORDS, OFFICIAL_MORE, OPPOSITION_LINES, ORDINALS, OUTLETS,
  PARTY_FIRST, PARTY_SECOND, PHOTO_AGENCIES, PROBLEM_CLAIMS, QUALIFIERS, QUOTE_OPENERS, QUOTE_SECONDS, QUOTE_TAILS, REACTIONS,
  REACTION_QUOTES, RECURRING_ORGS, RECURRING_PEOPLE, ROUNDING_QUALIFIERS, SHARE_LINES, TOPICS, WIRES, type Country,
  type NameGroup, type OutletStyle, type RecurringPerson, type Topic,
} from './pools';

export interface PlantedPerson {
  name: string;
  surname: string;
  role: string;
}
/** A check-worthy sentence exactly as it appears in the raw text. */
export interface PlantedClaim {
  sentence: string;
}
/** The quoted words (without marks) and the speaker's full name. */
export interface PlantedQuote {
  text: string;
  speaker: string;
}
export interface SyntheticArticle extends RawDocument {
  truth: { people: PlantedPerson[]; organizations: string[]; places: string[]; claims: PlantedClaim[]; quotes: PlantedQuote[] };
}

const DEFAULT_SEED = 1;
/** Name candidates per article: more than any article uses, so a lead and locals can be chosen among them. */
const CAST_SLOTS = 8;

export function generateArticles(count: number, seed = DEFAULT_SEED): SyntheticArticle[] {
  return Array.from({ length: count }, (_, index) => generateArticle(index, seed));
}

export function generateArticle(index: number, seed = DEFAULT_SEED): SyntheticArticle {
  // A rare draft outside the bounds is rewritten from another stream: still a function of (seed, index) alone.
  for (let draft = 0; ; draft++) {
    const writer = new ArticleWriter(index, seed, draft);
    const article = writer.write();
    if (draft === MAX_DRAFTS - 1 || withinBounds(writer.words, article.truth)) return article;
  }
}

const MAX_DRAFTS = 8;

function withinBounds(words: number, truth: SyntheticArticle['truth']): boolean {
  return words >= MIN_WORDS && words <= MAX_WORDS && truth.people.length >= 5 && truth.claims.length >= 10 && truth.quotes.length >= 3;
}

// ─── Random numbers ────────────────────────────────────────────────────────

/** A 32-bit hash of two integers (murmur3 finaliser), to seed a stream per (seed, index). */
function mix32(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul((b + 0x7f4a7c15) | 0, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32: small, fast, and good enough for prose. */
class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  /** Log-uniform: figures spread over orders of magnitude, as real ones do. */
  magnitude(lo: number, hi: number): number {
    return Math.exp(Math.log(lo) + this.next() * (Math.log(hi) - Math.log(lo)));
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}

// ─── Names: a bijection of (article, slot) onto the pools ─────────────────

interface Candidate {
  first: string;
  surname: string;
  female: boolean;
  group: NameGroup;
}

interface GroupSpace {
  group: NameGroup;
  firsts: number;
  /** Where this group's pairs start in the concatenated space. */
  offset: number;
  size: number;
}

/** Every (first name, surname) pair of every group, laid end to end; names never mix origins. */
const NAME_SPACE = (() => {
  let offset = 0;
  const groups: GroupSpace[] = NAME_GROUPS.map((group) => {
    const firsts = group.female.length + group.male.length;
    const space = { group, firsts, offset, size: firsts * group.surnames.length };
    offset += space.size;
    return space;
  });
  // An affine map n → (a·n + b) mod size is a bijection when a is coprime to size; a near size/φ scatters neighbours.
  let multiplier = Math.floor(offset * 0.6180339887);
  while (gcd(multiplier, offset) !== 1) multiplier++;
  return { groups, size: offset, multiplier };
})();

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function candidate(index: number, slot: number, seed: number): Candidate {
  const { groups, size, multiplier } = NAME_SPACE;
  const n = (index * CAST_SLOTS + slot) % size;
  const p = ((n * multiplier) % size + (mix32(seed, 0x5eed) % size)) % size;
  const space = groups.find((g) => p < g.offset + g.size) as GroupSpace;
  const local = p - space.offset;
  const { group } = space;
  const f = local % space.firsts;
  const female = f < group.female.length;
  const first = female ? group.female[f] : group.male[f - group.female.length];
  const surname = surnameForm(group, group.surnames[Math.floor(local / space.firsts)], female);
  return { first, surname, female, group };
}

/** The surname as its bearer writes it: Ivanov/Ivanova, Levytsky/Levytskaya, Kowalski/Kowalska, Novák/Nováková. */
function surnameForm(group: NameGroup, entry: string, female: boolean): string {
  const [masculine, feminine] = entry.split('/');
  if (!female) return masculine;
  if (feminine) return feminine;
  if (group.feminine === 'eastSlavic') {
    if (/(?:sky|skiy|skoy|ski)$/.test(masculine)) return masculine.replace(/(?:sky|skiy|skoy|ski)$/, 'skaya');
    if (/nyi$/.test(masculine)) return masculine.replace(/nyi$/, 'na');
    if (/ny$/.test(masculine)) return masculine.replace(/ny$/, 'naya');
    if (/oy$/.test(masculine)) return masculine.replace(/oy$/, 'aya');
    if (/ou$/.test(masculine)) return masculine.replace(/ou$/, 'ova'); // Belarusian Kazlou → Kazlova
    if (/(?:ov|ev|in|syn)$/.test(masculine)) return `${masculine}a`; // Russian forms; Ukrainian -yn (Lytvyn) stays
  }
  if (group.feminine === 'polish') {
    if (/ki$/.test(masculine)) return masculine.replace(/ki$/, 'ka');
    if (/ny$/.test(masculine)) return masculine.replace(/ny$/, 'na');
  }
  return masculine;
}

/** Relative weight of choosing a candidate of this group as the lead: flattens the pools' bias towards big groups. */
const LEAD_WEIGHTS = new Map(NAME_SPACE.groups.map((g) => [g.group, 1 / Math.sqrt(g.size / NAME_SPACE.size)]));
function leadWeight(group: NameGroup): number {
  return LEAD_WEIGHTS.get(group) as number;
}

// ─── A beat narrowed to one issue ──────────────────────────────────────────

/** `[floods fires] …`: a template for stories on those issues only. */
const TAG = /^\[([^\]]+)\] /;

interface Beat {
  /** The issue without its tags: `long|short`. */
  issue: string;
  events: string[];
  headlines: string[];
  ledes: string[];
  official: string[];
  officialQuotes: string[];
  claims: string[];
  actorClaims: string[];
  roleClaims: Record<string, string[]>;
  localRoles: string[];
  /** What local people say: the beat's own lines and lines any local might say. */
  localQuotes: string[];
  background: string[];
  closing: string[];
  captions: string[];
}

const BEATS = new Map<string, Beat>();

/** The topic's templates that fit an issue (untagged, or tagged with one of its tags), tags stripped; built once per issue. */
function beatFor(topic: Topic, issue: string): Beat {
  const key = `${topic.id}\u0000${issue}`;
  let beat = BEATS.get(key);
  if (beat) return beat;
  const tags = issue.match(TAG)?.[1].split(' ') ?? [];
  const fitting = (templates: string[]) =>
    templates
      .filter((t) => {
        const wanted = t.match(TAG)?.[1].split(' ');
        return !wanted || wanted.some((w) => tags.includes(w));
      })
      .map((t) => t.replace(TAG, ''));
  const fits = (templates: string[]) => {
    const kept = fitting(templates);
    if (kept.length === 0) throw new Error(`no template of ${topic.id} fits "${issue}"`);
    return kept;
  };
  beat = {
    issue: issue.replace(TAG, ''),
    events: fits(topic.events),
    headlines: fits(topic.headlines),
    ledes: fits(topic.ledes),
    official: fits(topic.official),
    officialQuotes: fits(topic.officialQuotes),
    claims: fits(topic.claims),
    actorClaims: fits(topic.actorClaims),
    roleClaims: Object.fromEntries(Object.entries(topic.roleClaims).map(([role, claims]) => [role, fitting(claims)])),
    localRoles: fits(topic.localRoles),
    localQuotes: [...fits(topic.quotes), ...GENERAL_QUOTES],
    background: fits(topic.background),
    closing: fits(topic.closing),
    captions: fits(topic.captions),
  };
  BEATS.set(key, beat);
  return beat;
}

// ─── The article's cast ────────────────────────────────────────────────────

interface Org {
  name: string;
  the: boolean;
  acronym?: string;
  introduced: boolean;
}

interface Person {
  name: string;
  surname: string;
  female: boolean;
  /** Title template written before the name ("{capital} Police Chief"); people without one get a role apposition. */
  title?: string;
  /** Apposition template ("a human rights lawyer in {city}"). */
  role?: string;
  /** The rendered title or role, once introduced. */
  roleText?: string;
  introduced: boolean;
  /** Where an expert from elsewhere lives: feeds {home}, {homeThink}, {homeUni}, {homeDemonym}. */
  home?: { country: Country; city: string; group: NameGroup; think?: Org; uni?: Org };
  /** The body a recurring international figure speaks for: {R.org}. */
  org?: Org;
  titleOrgs?: string[];
  kind?: RecurringPerson['kind'];
}

type Slot = 'A' | 'L' | 'R' | 'P';

interface Paragraph {
  sentences: string[];
  /** A capture that kept the page's line break inside the paragraph. */
  brokenAt?: number;
}

const RECORD = /\b(?:a record|record number|the (?:biggest|largest|highest|lowest|first|longest|worst)|unprecedented)\b/i;
const PLACEHOLDER = /\{([^{}]+)\}/g;
const MIN_WORDS = 500;
const MAX_WORDS = 900;
const MAX_PARAGRAPHS = 12;

/**
 * Writes one article: picks its outlet, beat, country, date and cast, then
 * renders paragraphs block by block, recording every planted item as it is
 * written. Placeholders are resolved by FILLERS below; a person or
 * organisation is introduced in full at its first mention.
 */
class ArticleWriter {
  readonly rng: Rng;
  readonly style: OutletStyle;
  readonly curly: boolean;
  readonly topic: Topic;
  /** The topic's templates that fit this article's issue. */
  readonly beat: Beat;
  readonly country: Country;
  readonly localGroup: NameGroup;
  readonly published: { y: number; m: number; d: number };
  readonly lead: Person;
  readonly cast: Person[];
  readonly leader?: Person;
  readonly envoy?: Person;
  readonly cities: string[];
  readonly regions: string[];
  /** A neighbouring country, by name. */
  readonly foreign: string;
  readonly issue: string;
  readonly event: string;

  /** Bound per block: the person a block is about, and the figure reacting. */
  slots: Partial<Record<Slot, Person>> = {};
  /** The person whose role is being rendered, for the {home…} placeholders. */
  subject?: Person;
  /** Off while writing the headline and page chrome: they are not the article's content. */
  recording = true;
  /** Set when a placeholder writes a figure or a date: the sentence is a claim. */
  figure = false;
  lastCity = '';
  issueMentions = 0;
  issueInFull?: string;
  /** Words written so far: the body as it grows, then the headline and chrome too. */
  words = 0;

  readonly orgs = new Map<string, Org>();
  readonly spellings = new Map<string, string>();
  readonly recordedPlaces = new Set<string>();
  readonly used = new Set<string>();
  readonly truth: SyntheticArticle['truth'] = { people: [], organizations: [], places: [], claims: [], quotes: [] };

  constructor(
    readonly index: number,
    readonly seed: number,
    draft = 0,
  ) {
    this.rng = new Rng(draft === 0 ? mix32(seed, index) : mix32(mix32(seed, index), draft));
    const rng = this.rng;
    this.style = rng.pick(OUTLETS);
    this.curly = this.style.quotes === 'curly';
    this.topic = rng.pick(TOPICS);
    this.published = { y: rng.int(2019, 2025), m: rng.int(0, 11), d: rng.int(1, 28) };

    const candidates = Array.from({ length: CAST_SLOTS }, (_, slot) => candidate(index, slot, seed));
    const leadCandidate = pickWeighted(rng, candidates, (c) => leadWeight(c.group));
    this.localGroup = leadCandidate.group;
    this.country = countryNamed(rng.pick(leadCandidate.group.countries));
    this.foreign = rng.pick(this.country.neighbours);
    this.cities = rng.shuffle([...this.country.cities]).slice(0, 3);
    this.regions = rng.shuffle([...this.country.regions]).slice(0, 2);
    this.beat = beatFor(this.topic, rng.pick(this.topic.issues));
    this.issue = this.beat.issue;
    this.event = rng.pick(this.beat.events);

    this.lead = newPerson(leadCandidate.first, leadCandidate.surname, leadCandidate.female, { title: rng.pick(this.topic.leadTitles) });
    this.cast = this.chooseCast(candidates.filter((c) => c !== leadCandidate));
    this.leader = this.recurring((p) => p.country === this.country.name && (p.topics.length === 0 || p.topics.includes(this.topic.id)));
    this.envoy = this.recurring((p) => p.kind === 'international' && p.topics.includes(this.topic.id));
  }

  /** 4–6 people besides the lead: locals (same origin as the lead) with local roles, the others commenting from home. */
  private chooseCast(others: Candidate[]): Person[] {
    const { rng } = this;
    const size = rng.pick([4, 4, 5, 5, 5, 6]);
    const locals = rng.shuffle(others.filter((c) => c.group === this.localGroup));
    const outsiders = rng.shuffle(others.filter((c) => c.group !== this.localGroup));
    const cast: Person[] = [];
    while (cast.length < size) {
      const local = locals.length > 0 && (outsiders.length === 0 || rng.chance(0.7));
      const c = (local ? locals : outsiders).shift();
      if (!c) break; // only if several candidates shared a surname: the article has a smaller cast
      if (cast.some((p) => p.surname === c.surname) || c.surname === this.lead.surname) continue; // surnames must tell people apart
      const role = local ? this.fresh(this.beat.localRoles) : this.fresh(EXPERT_ROLES);
      cast.push(newPerson(c.first, c.surname, c.female, { role, home: local ? undefined : homeOf(rng, c.group) }));
    }
    return cast;
  }

  private recurring(matches: (p: RecurringPerson) => boolean): Person | undefined {
    const pool = RECURRING_PEOPLE.filter(matches);
    if (pool.length === 0) return undefined;
    const figure = this.rng.pick(pool);
    const [name, surname] = this.rng.pick(figure.spellings);
    const org = figure.org ? RECURRING_ORGS.find((o) => o.name === figure.org) : undefined;
    const first = name.slice(0, name.length - surname.length - 1);
    return newPerson(first, surname, figure.female, {
      title: figure.title,
      titleOrgs: figure.titleOrgs,
      kind: figure.kind,
      org: org && newOrg(org.name, org.the, org.acronym),
    });
  }

  write(): SyntheticArticle {
    const body = this.body();
    const title = this.headline(this.beat.headlines);
    const raw = this.withChrome(title, body);
    const { y, m, d } = this.published;
    const published = `${y}-${pad(m + 1, 2)}-${pad(d, 2)}`;
    return {
      key: `synthetic-${pad(this.index, 6)}.txt`,
      meta: {
        title,
        outlet: this.style.name,
        author: this.authorName(),
        section: this.topic.section,
        published,
        url: `https://www.${this.style.domain}/${slugify(this.topic.section)}/${y}/${pad(m + 1, 2)}/${slugify(title)}-${this.index}`,
        language: 'en',
      },
      raw,
      truth: this.truth,
    };
  }

  // ── Blocks ──

  /** Paragraphs in news order: lede, the official's line, voices and figures, reactions, background, what comes next. */
  private body(): Paragraph[] {
    const { rng, cast } = this;
    const speakers = Math.min(cast.length, rng.pick([3, 3, 4]));
    const middle: (() => Paragraph)[] = cast.map((p, i) => (i < speakers ? () => this.quoteBlock(p) : () => this.actorBlock(p)));
    rng.shuffle(middle);
    if (this.envoy && rng.chance(0.45)) middle.splice(rng.int(1, middle.length), 0, () => this.reactionBlock(this.envoy as Person));

    // How wordy this piece is: the chance that a paragraph takes one more sentence, again and again, while the
    // words so far leave room for the paragraphs still to come (~70 words each) and the ending (~150 with chrome).
    const density = 0.1 + rng.next() * 0.6;
    let toCome = middle.length + 1;
    const more = (p: Paragraph): Paragraph => {
      while (p.sentences.length < 5 && this.words < MAX_WORDS - 150 - 70 * toCome && rng.chance(density)) {
        // Real articles state a checkable fact in about one sentence in two or three (the gold articles: ~16 per 800 words).
        p.sentences.push(rng.chance(0.3) ? this.claim() : this.say(this.fresh(FILLERS)));
      }
      toCome = Math.max(0, toCome - 1);
      return p;
    };
    const paragraphs: Paragraph[] = [more(this.ledeBlock()), more(this.officialBlock())];
    for (const block of middle) paragraphs.push(more(block()));

    // Room is kept for the background and closing paragraphs (~90 words) that follow.
    const target = rng.int(MIN_WORDS + 40, MAX_WORDS - 160) - 60;
    while (paragraphs.length < MAX_PARAGRAPHS - 2 && (this.words < target || this.truth.claims.length < 8)) {
      paragraphs.push(more(this.figuresBlock()));
    }
    paragraphs.push(this.backgroundBlock(), this.closingBlock());
    // A piece still short of the minimums ends with one more paragraph of figures (text order = writing order, so every
    // first mention stays a full one).
    while (this.words < MIN_WORDS + 30 || this.truth.claims.length < 10) {
      if (paragraphs.length < MAX_PARAGRAPHS) paragraphs.push({ sentences: [] });
      paragraphs[paragraphs.length - 1].sentences.push(this.claim());
    }
    for (const p of paragraphs) if (p.sentences.length > 1 && rng.chance(0.05)) p.brokenAt = rng.int(1, p.sentences.length - 1);
    return paragraphs;
  }

  private ledeBlock(): Paragraph {
    const sentences = [this.say(this.fresh(this.beat.ledes)), this.claim()];
    if (this.rng.chance(0.3)) sentences.push(this.say(this.fresh(FILLERS)));
    return { sentences };
  }

  private officialBlock(): Paragraph {
    const { rng, lead } = this;
    this.slots = { L: lead };
    const sentences = [this.say(this.fresh(this.beat.official, 'L'))];
    if (rng.chance(0.55)) sentences.push(this.quote(lead, this.beat.officialQuotes));
    if (sentences.length === 1 || rng.chance(0.5)) sentences.push(this.say(this.fresh(OFFICIAL_MORE, 'L')));
    if (sentences.length === 2 && rng.chance(0.5)) sentences.push(this.claim());
    return { sentences };
  }

  /** A voice: the person's quote with a claim of theirs before or after it, or a note on their account. */
  private quoteBlock(person: Person): Paragraph {
    const { rng, topic } = this;
    this.slots = { A: person, L: this.lead };
    const cores = person.home ? EXPERT_QUOTES : this.beat.localQuotes;
    const shape = rng.int(0, 2);
    if (shape === 0) return { sentences: [this.quote(person, cores), this.actorClaim(person)] };
    if (shape === 1) {
      const sentences = [this.actorClaim(person), this.quote(person, cores)];
      if (rng.chance(0.5)) sentences.push(this.say(this.fresh(person.home ? FOLLOW_UPS : LOCAL_FOLLOW_UPS, 'A')));
      return { sentences };
    }
    return { sentences: [this.quote(person, cores), this.say(this.fresh(person.home ? FOLLOW_UPS : LOCAL_FOLLOW_UPS, 'A'))] };
  }

  /** A person's figures, reported rather than quoted. */
  private actorBlock(person: Person): Paragraph {
    this.slots = { A: person, L: this.lead };
    const sentences = [this.actorClaim(person), this.rng.chance(0.4) ? this.claim() : this.say(this.fresh(FILLERS))];
    return { sentences };
  }

  private figuresBlock(): Paragraph {
    this.slots = { L: this.lead };
    const sentences = [this.claim(), this.say(this.fresh(FILLERS))];
    if (this.rng.chance(0.4)) sentences.push(this.claim());
    return { sentences };
  }

  private reactionBlock(envoy: Person): Paragraph {
    this.slots = { R: envoy };
    const sentences = [this.say(this.fresh(REACTIONS, 'R'))];
    if (this.rng.chance(0.6)) sentences.push(this.quote(envoy, REACTION_QUOTES));
    else sentences.push(this.claim());
    return { sentences };
  }

  private backgroundBlock(): Paragraph {
    const { rng, leader } = this;
    this.slots = { L: this.lead, P: leader };
    const sentences = [this.say(this.fresh(this.beat.background))];
    if (leader && rng.chance(0.7)) {
      const lines = leader.kind === 'opposition' ? OPPOSITION_LINES : LEADER_LINES;
      sentences.push(this.say(this.fresh(lines, 'P')));
      if (rng.chance(0.35)) sentences.push(this.say(this.fresh(lines, 'P')));
    } else if (rng.chance(0.5)) {
      sentences.push(this.say(this.fresh(FILLERS)));
    }
    return { sentences };
  }

  private closingBlock(): Paragraph {
    this.slots = { L: this.lead };
    const sentences = [this.say(this.fresh(this.beat.closing))];
    if (this.rng.chance(0.35)) sentences.unshift(this.say(this.fresh(FILLERS)));
    if (this.rng.chance(0.4)) sentences.push(this.say(this.fresh(this.beat.closing)));
    return { sentences };
  }

  // ── Sentences ──

  /** A sentence from a template; a claim when it states a figure, a date or a record. */
  private say(template: string): string {
    this.figure = false;
    const sentence = this.finish(this.fill(template));
    this.words += countWords(sentence);
    if (this.figure || RECORD.test(sentence)) this.truth.claims.push({ sentence });
    return sentence;
  }

  /** A direct quote with its attribution, in one of the shapes news copy uses. */
  private quote(person: Person, cores: string[]): string {
    const { rng } = this;
    const [open, close] = this.curly ? ['“', '”'] : ['"', '"'];
    const tails = person.home || person.kind === 'international' ? QUOTE_TAILS : LOCAL_QUOTE_TAILS;
    const words = this.quoteWords(cores, tails);
    const q = (text: string, end: string) => `${open}${text}${end}${close}`;
    const shape = rng.pick(['said', 'said', 'said', 'x-said', 'x-said', 'told', 'told', 'explained', 'according', 'added', 'split', 'colon', 'x-told']);
    const known = person.introduced;
    const texts: string[] = [words];
    let sentence: string;
    switch (shape) {
      case 'x-said':
        sentence = known ? `${q(words, ',')} ${this.ref(person)} said.` : `${q(words, ',')} said ${this.ref(person)}.`;
        break;
      case 'told':
        sentence = `${this.ref(person)} told ${this.outlet()}: ${q(words, '.')}`;
        texts[0] = `${words}.`;
        break;
      case 'explained':
        sentence = `${q(words, ',')} explained ${this.ref(person)}.`;
        break;
      case 'according':
        sentence = `According to ${this.ref(person)}, ${q(words, '.')}`;
        texts[0] = `${words}.`;
        break;
      case 'added':
        sentence = `${q(words, ',')} ${known ? 'added' : 'said'} ${this.ref(person)}.`;
        break;
      case 'split': {
        const more = this.quoteWords(cores, tails);
        sentence = `${q(words, ',')} said ${this.ref(person)}. ${q(more, '.')}`;
        texts.push(`${more}.`);
        break;
      }
      case 'colon':
        sentence = `${this.ref(person)} said: ${q(words, '.')}`;
        texts[0] = `${words}.`;
        break;
      case 'x-told':
        sentence = `${q(words, ',')} ${this.ref(person)} told ${this.outlet()}.`;
        break;
      default:
        sentence = `${q(words, ',')} said ${this.ref(person)}.`;
    }
    sentence = this.finish(sentence);
    this.words += countWords(sentence);
    for (const text of texts) {
      const at = sentence.indexOf(text);
      if (at < 0) throw new Error(`quote not in its sentence: ${text}`);
      this.truth.quotes.push({ text: sentence.slice(at, at + text.length), speaker: person.name });
    }
    return sentence;
  }

  /**
   * 8–35 words: a core, often with an opener, a tail or a second sentence. The parts are sized on their
   * templates (a placeholder counts as one word, a place name may run to three) and only then filled, so
   * nothing written is thrown away: every place recorded stays in the text.
   */
  private quoteWords(cores: string[], tails: string[]): string {
    const { rng } = this;
    const opener = rng.chance(0.4) ? this.typography(rng.pick(QUOTE_OPENERS)) : '';
    const core = this.fresh(cores);
    let tail = rng.chance(0.55) ? rng.pick(tails) : '';
    let second = rng.chance(0.35) ? rng.pick(QUOTE_SECONDS) : '';
    if (!tail && !second && rng.chance(0.7)) tail = rng.pick(tails); // bare cores would repeat across a large corpus
    const size = () => countWords(opener.trimEnd()) + countWords(core) + countWords(tail) + countWords(second);
    while (size() < 9) {
      if (!tail) tail = rng.pick(tails);
      else second = rng.pick(QUOTE_SECONDS);
    }
    if (size() > 31) second = '';
    if (size() > 31) tail = '';
    let text = this.fill(core);
    if (!opener || opener.endsWith(': ')) text = capitalize(text);
    return `${opener}${text}${tail ? this.fill(tail) : ''}${second ? `. ${this.fill(second).replace(/\.$/, '')}` : ''}`;
  }

  /**
   * Tidies a filled sentence: the punctuation after an apposition ("Kharkiv,." → "Kharkiv."), the capital that
   * opens it. The regex also flattens the rope that `fill` concatenated, which keeps later scans and the kept
   * truth strings cheap.
   */
  private finish(sentence: string): string {
    let text = sentence.replace(/,\s?([,.:;])/g, '$1');
    const lead = text.charCodeAt(0) === 34 || text.charCodeAt(0) === 0x201c ? 1 : 0; // an opening quote mark
    const first = text.charAt(lead);
    if (first !== first.toUpperCase()) text = text.slice(0, lead) + first.toUpperCase() + text.slice(lead + 1);
    return text;
  }

  /** The outlet's apostrophes, for text not written from a template. */
  typography(text: string): string {
    return this.curly ? text.replace(/'/g, '’') : text;
  }

  // ── Placeholders ──

  /** Replaces every placeholder; nested ones (a role holding {city}) resolve as they are written. */
  fill(template: string): string {
    let out = '';
    for (const token of compile(template, this.curly)) {
      if (typeof token === 'string') {
        out += token;
        continue;
      }
      const value = token.filler ? token.filler(this, token.args, token.scaled) : this.personPlaceholder(token);
      // "a" before a placeholder agrees with what it became: "an eight-year", "an Austrian", "an energy analyst".
      out = token.afterA && takesAn(value) ? `${out.slice(0, -1)}n ${value}` : out + value;
    }
    return out;
  }

  private personPlaceholder({ slot, possessive, field }: Placeholder): string {
    const person = this.slots[slot as Slot];
    if (!person) throw new Error(`no person bound to {${slot}}`);
    if (field === 'org') return this.orgRef(person.org as Org);
    if (field === 'noun') return titleNoun(person.title ?? '');
    if (field) return pronoun(person, field);
    return possessive ? this.possessive(person) : this.ref(person);
  }

  /** First mention: the full name with title or role; later: the surname, in some outlets "Mr."/"Ms.". */
  ref(person: Person): string {
    if (!person.introduced) return this.introduce(person);
    return this.rng.chance(this.style.honorifics) ? `${person.female ? 'Ms.' : 'Mr.'} ${person.surname}` : person.surname;
  }

  private possessive(person: Person): string {
    if (!person.introduced && !person.title) throw new Error(`${person.name} needs introducing before a possessive`);
    const name = this.ref(person);
    const apostrophe = this.curly ? '’' : "'";
    return name.endsWith('s') && this.style.dates === 'ap' ? `${name}${apostrophe}` : `${name}${apostrophe}s`;
  }

  private introduce(person: Person): string {
    person.introduced = true;
    const intro = person.title ? `${(person.roleText = this.fill(person.title))} ${person.name}` : '';
    if (!person.title) {
      this.subject = person;
      person.roleText = this.fill(person.role as string);
      this.subject = undefined;
    }
    this.truth.people.push({ name: person.name, surname: person.surname, role: person.roleText as string });
    for (const org of person.titleOrgs ?? []) this.recordOrg(org);
    return person.title ? intro : `${person.name}, ${person.roleText},`;
  }

  orgRef(org: Org): string {
    const the = org.the ? 'the ' : '';
    if (!org.introduced && this.recording) {
      org.introduced = true;
      this.recordOrg(org.name);
      return org.acronym ? `${the}${org.name} (${org.acronym})` : `${the}${org.name}`;
    }
    return org.acronym && org.introduced ? `${the}${org.acronym}` : `${the}${org.name}`;
  }

  /** A named organisation of the article, created on first use. */
  org(key: string, make: (w: ArticleWriter) => Org): string {
    let org = this.orgs.get(key);
    if (!org) this.orgs.set(key, (org = this.styled(make(this))));
    return this.orgRef(org);
  }

  /** An organisation named in the outlet's apostrophes ("People’s Renewal Party"). */
  styled(org: Org): Org {
    org.name = this.typography(org.name);
    return org;
  }

  recordOrg(name: string): void {
    const text = this.typography(name);
    if (this.recording && !this.truth.organizations.includes(text)) this.truth.organizations.push(text);
  }

  /** A place as this article spells it ("Kyiv" or "Kiev", kept for the whole article). */
  place(entry: string): string {
    let spelled = this.spellings.get(entry);
    if (!spelled) {
      const variants = entry.split('|');
      spelled = variants.length > 1 && this.rng.chance(0.25) ? this.rng.pick(variants.slice(1)) : variants[0];
      this.spellings.set(entry, spelled);
    }
    if (this.recording && !this.recordedPlaces.has(spelled)) {
      this.recordedPlaces.add(spelled);
      const name = spelled.startsWith('the ') ? spelled.slice(4) : spelled;
      if (!this.truth.places.includes(name)) this.truth.places.push(name);
    }
    return spelled;
  }

  countryName(country: Pick<Country, 'name' | 'the'>): string {
    const name = this.place(country.name);
    return country.the ? `the ${name}` : name;
  }

  /** A template not used yet in this article where possible, and one that introduces `slot`'s person properly. */
  fresh(templates: string[], slot?: Slot): string {
    const person = slot ? this.slots[slot] : undefined;
    const usable = person && !person.introduced ? introducing(templates, slot as Slot, person) : templates;
    // From a random start, the first template not used yet; all used, the start itself.
    const start = Math.floor(this.rng.next() * usable.length);
    let t = usable[start];
    for (let k = 0; k < usable.length && this.used.has(t); k++) t = usable[(start + k) % usable.length];
    if (this.used.has(t)) t = usable[start];
    this.used.add(t);
    return t;
  }

  /** A claim for a figures paragraph: mostly the beat's own, sometimes one that fits any beat; unused ones first. */
  private claim(): string {
    const general = this.topic.kind === 'problem' ? GENERAL_CLAIMS_WITH_PROBLEMS : GENERAL_CLAIMS;
    const pools = this.rng.chance(0.25) ? [general, this.beat.claims] : [this.beat.claims, general];
    const pool = pools.find((p) => p.some((t) => !this.used.has(t))) ?? pools[0];
    return this.say(this.fresh(pool));
  }

  /** What a person says with figures: a local speaks from experience, an expert from analysis. */
  private actorClaim(person: Person): string {
    if (person.home) return this.say(this.fresh(this.topic.kind === 'problem' ? EXPERT_CLAIMS_WITH_PROBLEMS : EXPERT_CLAIMS, 'A'));
    const own = this.beat.roleClaims[person.role as string]?.filter((t) => !this.used.has(t));
    return this.say(this.fresh(own?.length && this.rng.chance(0.75) ? own : this.beat.actorClaims, 'A'));
  }

  /** The story's issue: in full at first (filled once, so its place stays the same), then mostly by its short form. */
  issueText(): string {
    const [long, short] = this.issue.split('|');
    if (this.issueMentions++ > 0 && this.rng.chance(0.7)) return this.fill(short);
    return (this.issueInFull ??= this.fill(long));
  }

  /** Where a source told their words: this outlet half the time, else a wire or broadcaster. */
  private outlet(): string {
    const name = this.rng.chance(0.45) ? this.style.name : this.rng.pick(WIRES);
    this.recordOrg(name.replace(/^(?:The|the) /, ''));
    return name.replace(/^The /, 'the ');
  }

  // ── Headline, chrome, byline ──

  headline(templates: string[]): string {
    this.recording = false;
    const text = this.fill(this.rng.pick(templates).replace(TAG, ''));
    this.recording = true;
    return this.style.headline === 'title' ? titleCase(text) : capitalize(text);
  }

  /**
   * The capture as a reader's browser would give it: the headline, the
   * paragraphs, and in some articles a few lines of page chrome (share
   * prompts, ads, a photo caption and credit, a "Read more" link, a video
   * player's timer) — kept under a tenth of the lines over a corpus.
   */
  private withChrome(title: string, body: Paragraph[]): string {
    const { rng } = this;
    const blocks = body.map((p) => joinParagraph(p));
    const insert = (at: number, block: string) => {
      blocks.splice(Math.min(at, blocks.length - 1), 0, block);
      for (const line of block.split('\n')) this.words += countWords(line);
    };
    this.recording = false;
    if (rng.chance(0.2)) {
      const caption = this.finish(this.fill(rng.pick(this.beat.captions)));
      insert(rng.int(1, 2), `${caption}\nPhoto: ${this.authorName()} / ${rng.pick(PHOTO_AGENCIES)}`);
    }
    if (rng.chance(0.15)) insert(rng.int(3, 6), rng.pick(AD_LINES));
    if (rng.chance(0.12)) insert(rng.int(4, 8), `Read more: ${this.headline(rng.pick(TOPICS).headlines)}`);
    if (rng.chance(0.08)) insert(rng.int(2, 5), `0:00 / ${rng.int(0, 4)}:${pad(rng.int(5, 59), 2)}`);
    if (rng.chance(0.15)) insert(0, rng.pick(SHARE_LINES));
    this.recording = true;
    this.words += countWords(title);
    return `${[title, ...blocks].join('\n\n')}\n`;
  }

  /** A byline or photo credit: any origin, not part of the planted cast. */
  private authorName(): string {
    const group = this.rng.pick(NAME_GROUPS);
    const female = this.rng.chance(0.5);
    return `${this.rng.pick(female ? group.female : group.male)} ${surnameForm(group, this.rng.pick(group.surnames), female)}`;
  }
}

// ─── Placeholder fillers ───────────────────────────────────────────────────

type Filler = (w: ArticleWriter, args: number[], scaled: boolean) => string;

interface Placeholder {
  key: string;
  args: number[];
  /** Followed by "million"/"billion": the figure stays in digits ("2 million", not "two million"). */
  scaled: boolean;
  filler?: Filler;
  /** Right after a literal "a "/"A ". */
  afterA: boolean;
  /** A person placeholder: {A}, {A's}, {A.he}. */
  slot?: Slot;
  possessive?: boolean;
  field?: string;
}

/**
 * Templates parsed once: the same few hundred are filled millions of times
 * over a large corpus. Curly-quote outlets get their apostrophes (’) here.
 */
const compiled = { straight: new Map<string, (string | Placeholder)[]>(), curly: new Map<string, (string | Placeholder)[]>() };
function compile(template: string, curly = false): (string | Placeholder)[] {
  const cache = curly ? compiled.curly : compiled.straight;
  let tokens = cache.get(template);
  if (tokens) return tokens;
  if (curly) {
    tokens = compile(template).map((t) => (typeof t === 'string' ? t.replace(/'/g, '’') : t));
    cache.set(template, tokens);
    return tokens;
  }
  tokens = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const at = match.index as number;
    if (at > last) tokens.push(template.slice(last, at));
    last = at + match[0].length;
    const [key, ...args] = match[1].split(':');
    const afterA = /(?:^|\s)[Aa] $/.test(template.slice(0, at));
    const person = key.match(/^([ALRP])(?:('s)|\.(\w+))?$/);
    if (person) {
      tokens.push({ key, args: [], scaled: false, afterA, slot: person[1] as Slot, possessive: Boolean(person[2]), field: person[3] });
    } else {
      const filler = FILLERS_BY_KEY[key];
      if (!filler) throw new Error(`unknown placeholder {${match[1]}} in "${template}"`);
      tokens.push({ key, args: args.map(Number), scaled: /^\s(?:million|billion)\b/.test(template.slice(last)), afterA, filler });
    }
  }
  if (last < template.length) tokens.push(template.slice(last));
  cache.set(template, tokens);
  return tokens;
}

const FILLERS_BY_KEY: Record<string, Filler> = {
  country: (w) => w.countryName(w.country),
  demonym: (w) => w.country.demonym,
  capital: (w) => w.place(w.country.capital),
  city: (w) => (w.lastCity = w.place(w.rng.chance(0.5) ? w.cities[0] : w.rng.pick(w.cities))),
  city2: (w) => {
    const others = w.cities.filter((c) => (w.spellings.get(c) ?? c) !== w.lastCity);
    return w.place(w.rng.pick(others.length ? others : w.cities));
  },
  region: (w) => w.place(w.rng.chance(0.6) ? w.regions[0] : w.rng.pick(w.regions)),
  foreign: (w) => w.countryName(COUNTRY_BY_NAME.get(w.foreign) ?? { name: w.foreign }),
  issue: (w) => w.issueText(),
  event: (w) => w.event,

  n: (w, [lo, hi], scaled) => figure(w, integer(w, lo, hi), '', scaled),
  /** Rounded, for a template that says "some" or "more than" itself. */
  rn: (w, [lo, hi], scaled) => figure(w, integer(w, lo, hi, 'about'), '', scaled),
  qn: (w, [lo, hi], scaled) => {
    const qualifier = qualify(w, true);
    return figure(w, integer(w, lo, hi, qualifier), qualifier, scaled);
  },
  pct: (w, [lo, hi]) => percent(w, lo, hi, ''),
  qpct: (w, [lo, hi]) => percent(w, lo, hi, qualify(w)),
  money: (w, [lo, hi]) => money(w, lo, hi, ''),
  qmoney: (w, [lo, hi]) => money(w, lo, hi, qualify(w)),
  years: (w, [lo, hi]) => duration(w, 'year', lo, hi, ''),
  qyears: (w, [lo, hi]) => duration(w, 'year', lo, hi, qualify(w)),
  months: (w, [lo, hi]) => duration(w, 'month', lo, hi, ''),
  weeks: (w, [lo, hi]) => duration(w, 'week', lo, hi, ''),
  days: (w, [lo, hi]) => duration(w, 'day', lo, hi, ''),
  hours: (w, [lo, hi]) => duration(w, 'hour', lo, hi, ''),
  km: (w, [lo, hi]) => `${figure(w, integer(w, lo, hi), '', true)} kilometres`,
  deg: (w, [lo, hi]) => {
    w.figure = true;
    return `${(lo + w.rng.next() * (hi - lo)).toFixed(1)} degrees Celsius`;
  },
  age: (w, [lo, hi]) => {
    w.figure = true;
    return String(w.rng.int(lo, hi));
  },
  ord: (w, [lo, hi]) => {
    w.figure = true;
    return ORDINALS[w.rng.int(lo, hi)];
  },

  year: (w, [lo, hi]) => {
    w.figure = true;
    return String(w.published.y - w.rng.int(lo, hi));
  },
  futureYear: (w, [lo = 5, hi = 20]) => {
    w.figure = true;
    return String(w.published.y + w.rng.int(lo, hi));
  },
  on: (w) => `on ${dayText(w, -w.rng.int(0, 10))}`,
  day: (w) => dayText(w, -w.rng.int(0, 10)),
  future: (w) => `on ${dayText(w, w.rng.int(2, 45))}`,
  futureDay: (w) => dayText(w, w.rng.int(2, 45)),
  lastMonth: (w) => {
    w.figure = true;
    return `last ${MONTHS[(w.published.m - w.rng.int(1, 5) + 12) % 12]}`;
  },

  ministry: (w) => w.org('ministry', (v) => newOrg(v.topic.ministry, true)),
  agency: (w) => w.org('agency', (v) => newOrg(`National ${v.topic.agency} Agency`, true)),
  ngo: (w) => w.org('ngo', makeNgo),
  ngo2: (w) => w.org('ngo2', makeNgo),
  think: (w) => w.org('think', (v) => makeInstitute(v, v.rng.pick(v.cities), v.localGroup)),
  intl: (w) => w.org('intl', makeInternational),
  party: (w) => w.org('party', makeParty),
  party2: (w) => w.org('party2', makeParty),
  uni: (w) => w.org('uni', (v) => makeUniversity(v.rng, v.place(v.rng.pick(v.cities)))),
  court: (w) => w.org('court', makeCourt),
  company: (w) => w.org('company', (v) => newOrg(`${v.rng.pick(COMPANY_STEMS)} ${v.rng.pick(v.topic.industries)}`, false)),
  union: (w) => w.org('union', makeUnion),
  hospital: (w) => w.org('hospital', makeHospital),

  // An expert's home, for their role apposition.
  home: (w) => w.place(home(w).city),
  homeDemonym: (w) => home(w).country.demonym,
  homeThink: (w) => w.orgRef((home(w).think ??= w.styled(makeInstitute(w, home(w).city, home(w).group, true)))),
  homeUni: (w) => w.orgRef((home(w).uni ??= makeUniversity(w.rng, w.place(home(w).city)))),
  field: (w) => w.rng.pick(w.topic.fields),
  fieldLower: (w) => w.rng.pick(w.topic.fields).toLowerCase(),
  discipline: (w) => w.topic.discipline,
  subject: (w) => w.topic.subject,
};

function home(w: ArticleWriter): NonNullable<Person['home']> {
  const found = w.subject?.home;
  if (!found) throw new Error('{home…} outside an expert role');
  return found;
}

// ─── Figures and dates ─────────────────────────────────────────────────────

/** A qualifier, or none; "fewer than" counts things, so amounts and shares take "less than". */
function qualify(w: ArticleWriter, counted = false): string {
  const qualifier = w.rng.chance(0.55) ? w.rng.pick(QUALIFIERS) : '';
  return !counted && qualifier === 'fewer than' ? 'less than' : qualifier;
}

/** An integer in [lo, hi]; spread log-uniformly over wide ranges; rounded the way a writer rounds after "about". */
function integer(w: ArticleWriter, lo: number, hi: number, qualifier = ''): number {
  const n = hi / lo > 4 ? Math.round(w.rng.magnitude(lo, hi)) : w.rng.int(lo, hi);
  return ROUNDING_QUALIFIERS.has(qualifier) && n >= 100 ? roundTo(n, 2) : n;
}

/** A count as news copy writes it: "nine", "1,240", "1.1 million". */
function figure(w: ArticleWriter, n: number, qualifier: string, scaled: boolean): string {
  w.figure = true;
  const digits = n < 10 && !scaled && w.rng.chance(0.8) ? NUMBER_WORDS[n] : n >= 1e6 && !scaled ? `${trimDecimal(n / 1e6)} million` : groupDigits(n);
  return qualifier ? `${qualifier} ${digits}` : digits;
}

function percent(w: ArticleWriter, lo: number, hi: number, qualifier: string): string {
  w.figure = true;
  const value = lo + w.rng.next() * (hi - lo);
  const text = w.rng.chance(0.3) && hi <= 100 ? trimDecimal(value) : String(Math.round(value));
  return `${qualifier ? `${qualifier} ` : ''}${text}${w.style.percent}`;
}

/** Money in millions of the country's currency, written as its outlet writes money: "$2.4 billion", "£12m", "4.5 billion rubles". */
function money(w: ArticleWriter, lo: number, hi: number, qualifier: string): string {
  w.figure = true;
  const value = w.rng.magnitude(lo * 1e6, hi * 1e6);
  const currencies = w.country.currencies;
  let currency = w.rng.chance(0.6) ? currencies[0] : w.rng.pick(currencies);
  if (value < 1e6 && currency.length > 1) currency = '€'; // small sums read oddly in rubles or lira
  const sign = currency.length === 1;
  const short = sign && w.style.money === 'short';
  let amount: string;
  if (value >= 1e9) amount = `${trimDecimal(value / 1e9)}${short ? 'bn' : ' billion'}`;
  else if (value >= 1e6) amount = `${value >= 1e7 ? roundTo(value / 1e6, 2) : trimDecimal(value / 1e6)}${short ? 'm' : ' million'}`;
  else if (value >= 1000) amount = groupDigits(roundTo(value, 2));
  else if (value >= 10) amount = String(Math.round(value));
  else amount = value.toFixed(2);
  const written = sign ? `${currency}${amount}` : `${amount} ${currency}`;
  return qualifier ? `${qualifier} ${written}` : written;
}

function duration(w: ArticleWriter, unit: string, lo: number, hi: number, qualifier: string): string {
  w.figure = true;
  const n = w.rng.int(lo, hi);
  const count = n < 10 && w.rng.chance(0.8) ? NUMBER_WORDS[n] : groupDigits(n);
  return `${qualifier ? `${qualifier} ` : ''}${count} ${unit}${n === 1 ? '' : 's'}`;
}

/** A day `offset` days from publication, in the outlet's date style. */
function dayText(w: ArticleWriter, offset: number): string {
  w.figure = true;
  const { y, m, d } = w.published;
  const date = new Date(Date.UTC(y, m, d + offset));
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  if (w.style.dates === 'uk') return `${day} ${MONTHS[month]}`;
  return `${(w.style.dates === 'ap' ? AP_MONTHS : MONTHS)[month]} ${day}`;
}

function roundTo(n: number, significant: number): number {
  const scale = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(n))) + 1 - significant);
  return Math.round(n / scale) * scale;
}

function trimDecimal(n: number): string {
  return n.toFixed(1).replace(/\.0$/, '');
}

function groupDigits(n: number): string {
  const digits = String(n);
  if (digits.length <= 3) return digits;
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

// ─── Organisations ─────────────────────────────────────────────────────────

const EXPERT_CLAIMS_WITH_PROBLEMS = [...EXPERT_CLAIMS, ...EXPERT_PROBLEM_CLAIMS];
const GENERAL_CLAIMS_WITH_PROBLEMS = [...GENERAL_CLAIMS, ...PROBLEM_CLAIMS];

/** Every organisation has the same fields in the same order: one object shape for the engine. */
function newOrg(name: string, the: boolean, acronym?: string): Org {
  return { name, the, acronym, introduced: false };
}

/** An intergovernmental body that speaks to the story's beat. */
function makeInternational(w: ArticleWriter): Org {
  const o = w.rng.pick(RECURRING_ORGS.filter((r) => !r.ngo && (r.topics.length === 0 || r.topics.includes(w.topic.id))));
  return newOrg(o.name, o.the, o.acronym);
}

/** A surname to name a foundation or clinic after, from the people of that place. */
function surnameFrom(w: ArticleWriter, group: NameGroup): string {
  return w.rng.pick(group.surnames).split('/')[0];
}

/** An NGO of the story's country; now and then one of the recurring ones. */
function makeNgo(w: ArticleWriter): Org {
  const { rng, topic } = w;
  const recurring = RECURRING_ORGS.filter((o) => o.ngo && o.topics.includes(topic.id));
  if (recurring.length && rng.chance(0.2)) {
    const o = rng.pick(recurring);
    return newOrg(o.name, o.the, o.acronym);
  }
  const field = rng.pick(topic.ngoFields);
  switch (rng.int(0, 4)) {
    case 0:
      return newOrg(`${w.place(rng.pick(w.cities))} Centre for ${field}`, true);
    case 1:
      return newOrg(`${surnameFrom(w, w.localGroup)} Foundation`, true);
    case 2: {
      const other = rng.pick(topic.ngoFields.filter((f) => f !== field));
      return withAcronym(rng, `Centre for ${field} and ${other}`, true);
    }
    case 3:
      return withAcronym(rng, `${w.country.demonym} Association of ${rng.pick(topic.professions)}`, true);
    default: {
      const kind = rng.pick(INITIATIVE_KINDS);
      return newOrg(`${rng.pick(INITIATIVE_ADJECTIVES)} ${rng.pick(INITIATIVE_NOUNS)} ${kind}`, kind !== 'Watch');
    }
  }
}

/**
 * A think tank; `city` is a place entry, written (and recorded) only if the name uses it. One abroad always
 * carries its city or founder, so two experts from different countries never share an unplaced name.
 */
function makeInstitute(w: ArticleWriter, city: string, group: NameGroup, abroad = false): Org {
  const { rng, topic } = w;
  const field = rng.pick(topic.fields);
  switch (abroad ? rng.pick([0, 2, 3]) : rng.int(0, 3)) {
    case 0:
      return newOrg(`${w.place(city)} Institute for ${field} Studies`, true);
    case 1:
      return withAcronym(rng, `Institute for ${field} Policy`, true);
    case 2:
      return newOrg(`${surnameFrom(w, group)} Centre for ${field} Research`, true);
    default:
      return newOrg(`${w.place(city)} ${field} Research Centre`, true);
  }
}

function makeUniversity(rng: Rng, city: string): Org {
  return rng.chance(0.7) ? newOrg(`University of ${city}`, true) : newOrg(`${city} State University`, false);
}

function makeParty(w: ArticleWriter): Org {
  const { rng } = w;
  const first = rng.pick(PARTY_FIRST);
  const second = rng.pick(PARTY_SECOND);
  const country = `${w.country.the ? 'the ' : ''}${w.country.name}`;
  const name = rng.chance(0.5) ? `${first} ${second} Party` : rng.chance(0.6) ? `${first} ${second}` : `${second} for ${country}`;
  return withAcronym(rng, name, true);
}

/** A trial court for a trial; a higher court where a result is challenged. */
function makeCourt(w: ArticleWriter): Org {
  const { rng } = w;
  if (w.topic.id !== 'courts') return newOrg(rng.pick(['Supreme Court', 'Constitutional Court']), true);
  return newOrg(rng.chance(0.5) ? `${w.place(w.country.capital)} City Court` : `${w.place(rng.pick(w.cities))} District Court`, true);
}

function makeUnion(w: ArticleWriter): Org {
  const { rng, topic } = w;
  const profession = rng.pick(topic.professions);
  switch (rng.int(0, 2)) {
    case 0:
      return withAcronym(rng, `${w.country.demonym} Union of ${profession}`, true);
    case 1:
      return withAcronym(rng, `Independent Union of ${profession}`, true);
    default:
      return withAcronym(rng, `Federation of ${profession}`, true);
  }
}

function makeHospital(w: ArticleWriter): Org {
  const { rng } = w;
  if (rng.chance(0.25)) return newOrg(`${surnameFrom(w, w.localGroup)} Children's Hospital`, true);
  return newOrg(`${w.place(rng.pick(w.cities))} ${rng.pick(['Regional', 'City', 'University'])} Hospital`, true);
}

/** An acronym from the name's capitals ("Centre for Legal Aid and Human Rights" → "CLAHR"), given to about half the names that allow one. */
function withAcronym(rng: Rng, name: string, the: boolean): Org {
  if (!rng.chance(0.5)) return newOrg(name, the);
  const acronym = (name.match(/(?<![\p{L}'’])[A-Z]/gu) ?? []).join('');
  return newOrg(name, the, acronym.length >= 3 && acronym.length <= 5 ? acronym : undefined);
}

// ─── Helpers ───────────────────────────────────────────────────────────────

/** Every person has the same fields in the same order: one object shape for the engine. */
function newPerson(first: string, surname: string, female: boolean, extra: Pick<Person, 'title' | 'role' | 'home' | 'org' | 'titleOrgs' | 'kind'>): Person {
  return {
    name: `${first} ${surname}`,
    surname,
    female,
    title: extra.title,
    role: extra.role,
    roleText: undefined,
    introduced: false,
    home: extra.home,
    org: extra.org,
    titleOrgs: extra.titleOrgs,
    kind: extra.kind,
  };
}

function homeOf(rng: Rng, group: NameGroup): Person['home'] {
  const country = countryNamed(rng.pick(group.countries));
  return { country, city: rng.chance(0.5) ? country.capital : rng.pick(country.cities), group };
}

const COUNTRY_BY_NAME = new Map(COUNTRIES.map((c) => [c.name, c]));
function countryNamed(name: string): Country {
  return COUNTRY_BY_NAME.get(name) as Country;
}

function pickWeighted<T>(rng: Rng, items: T[], weight: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let r = rng.next() * total;
  for (const item of items) if ((r -= weight(item)) < 0) return item;
  return items[items.length - 1];
}

/** The templates that introduce `slot`'s person at their first mention, cached per template list. */
const introducingCache = new WeakMap<string[], Map<string, string[]>>();
function introducing(templates: string[], slot: Slot, person: Person): string[] {
  let bySlot = introducingCache.get(templates);
  if (!bySlot) introducingCache.set(templates, (bySlot = new Map()));
  const key = person.title === undefined ? slot : `${slot}+title`;
  let found = bySlot.get(key);
  if (!found) bySlot.set(key, (found = templates.filter((t) => introducesFirst(t, slot, person))));
  return found;
}

/** Whether a template's first mention of `slot` introduces the person: `{A}`, or `{A's}` for a titled person. */
function introducesFirst(template: string, slot: Slot, person: Person): boolean {
  for (const token of compile(template)) {
    if (typeof token === 'string' || token.slot !== slot) continue;
    return !token.field && (!token.possessive || person.title !== undefined);
  }
  return false;
}

function pronoun(person: Person, form: string): string {
  const forms: Record<string, [string, string]> = { he: ['he', 'she'], He: ['He', 'She'], his: ['his', 'her'], His: ['His', 'Her'], him: ['him', 'her'] };
  const pair = forms[form];
  if (!pair) throw new Error(`unknown pronoun form ${form}`);
  return pair[person.female ? 1 : 0];
}

/** "Interior Minister" → "minister", "British Prime Minister" → "prime minister". */
function titleNoun(title: string): string {
  if (/Prime Minister$/.test(title)) return 'prime minister';
  return (title.split(' ').pop() ?? '').toLowerCase();
}

function joinParagraph(p: Paragraph): string {
  if (p.brokenAt === undefined) return p.sentences.join(' ');
  return `${p.sentences.slice(0, p.brokenAt).join(' ')}\n${p.sentences.slice(p.brokenAt).join(' ')}`;
}

/** Words of a generated sentence or phrase, which are single-spaced: spaces + 1, found by the native indexOf. */
function countWords(text: string): number {
  if (!text) return 0;
  let n = 1;
  for (let i = text.indexOf(' ', 1); i !== -1; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

/** "an" before a vowel sound: an analyst, an 8-year, an 11-day; but a union, a euro, a one-off, a UN official. */
function takesAn(word: string): boolean {
  return /^(?![A-Z]{2})(?:(?![Ee]u|[Oo]ne)[AEIOaeio]|[Uu](?!n[iy]|s[eu]|r|k)|8|11(?!\d)|18(?!\d))/.test(word);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-case in a title-case headline (AP: short articles, conjunctions and prepositions of up to three letters). */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'for', 'to', 'as', 'and', 'but', 'or', 'by', 'nor']);
function titleCase(text: string): string {
  return text
    .split(' ')
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : capitalize(word)))
    .join(' ');
}

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
