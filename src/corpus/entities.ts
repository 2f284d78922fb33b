import type { Alias, EntityRecord, EntityType, Mention } from '../shared/records';
import { normalize } from '../text/normalize';
import type { SentenceSpan } from './sentences';
import { translitKey, transliterationVariants } from './transliteration';

/** A document ready for name extraction. */
export interface NameSource {
  docId: string;
  text: string;
  sentences: SentenceSpan[];
}

/** Extra spellings per canonical name, from assets/corpus/aliases.json. */
export interface AliasTable {
  entities: { name: string; aliases: string[] }[];
}

interface Span {
  docId: string;
  start: number;
  end: number;
  words: string[];
  /** Title or role words stripped from the front ("President", "opposition leader"). */
  role: string | null;
  /** The lower-case word after the span ("party", "said"). */
  next: string;
  /** The word before the span ("in", "from"). */
  previous: string;
  sentenceInitial: boolean;
  /** Right after a possessive ("Russia's Far East"): a part of something, not a person. */
  afterPossessive: boolean;
  /** Names coordinated with this one ("Ukraine, Georgia and Moldova"): they share a kind. */
  list?: Span[];
  /** The list follows "such as" after a plural place noun ("cities such as Belgorod, …"). */
  placeList?: boolean;
}

const CONNECTORS = new Set(['of', 'for', 'and', 'de', 'von', 'van', 'al', 'bin']);
const TITLES = new Set(
  'President Prime Minister Deputy First Interior Foreign Defence Defense Governor Ex-Governor Senator Ambassador Chancellor General Mr Mr. Ms Ms. Mrs Mrs. Dr Dr. Chairman Secretary Leader King Queen Pope Judge Mayor Chief Commander Then-President then-President Former Opposition'.split(
    ' ',
  ),
);
const ORG_WORDS = /^(?:Foundation|University|Institute|Center|Centre|Watch|Party|Service|Ministry|Council|Committee|Agency|Association|Union|Bank|Studies|Court|Kremlin|Parliament|Duma|Network|Group|Channel|Commission|Organization|Organisation|Fund|Company|Corporation|Front|Movement|Army|Police|Office|Times|Post|News|Radio|Television|Club)$/;
const EVENT_WORDS = /^(?:Revolution|War|Election|Elections|Uprising|Summit|Olympics|Games|Crisis|Protests|Referendum|Spring|Maidan|EuroMaidan)$/;
const ORG_NEXT = /^(?:party|channel|group|movement|organization|organisation|agency|network|newspaper|outlet|union|bloc)$/;
const PLACE_BEFORE = /^(?:in|from|to|at|across|outside|near|into|of|over|like|toward|towards|between|for|eastern|western|northern|southern|central)$/;
const SPEECH = /^(?:said|says|told|explained|added|noted|argued|offered|opined|wrote|asked|warned|claimed)$/;
const MONTH_OR_DAY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$/;
/** Adjectives of origin ("Belarusian", "Western") are not names on their own. */
const DEMONYM = /(?:ian|ians|ese|ish|ern|ean|eans|ic|ist|ists|ans)$/;

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-/]*/gu;

/**
 * People, organisations, places and events of a corpus, merged across
 * documents and spellings, each with aliases, mentions and a description.
 */
export function extractEntities(sources: NameSource[], aliasTable: AliasTable = { entities: [] }): EntityRecord[] {
  const spans = sources.flatMap(findSpans);
  const midSentence = new Set(spans.filter((s) => !s.sentenceInitial).map((s) => s.words.join(' ')));
  const usable = spans
    // A capital that only opens sentences is grammar, not a name; acronyms (NEXTA) are names wherever they stand.
    .map((s) => (s.sentenceInitial && !midSentence.has(s.words[0]) && !/^[A-Z]{2,}(?:[-/][A-Za-z]+)*$/.test(s.words[0]) ? dropFirstWord(s, sources) : s))
    .filter((s): s is Span => s !== null && isNameLike(s));

  const builder = new EntityBuilder(sources);
  // Full names first (they found the entities), then the short forms that refer to them.
  for (const span of usable.filter((s) => s.words.length > 1)) builder.add(span, classify(span, usable));
  for (const span of usable.filter((s) => s.words.length === 1)) builder.add(span, classify(span, usable));
  return builder.finish(aliasTable);
}

/** Capitalised function words that open title-case headings ("As In Minsk, So In Moscow"). */
const FUNCTION_WORDS = new Set(['In', 'On', 'At', 'As', 'So', 'The', 'A', 'An', 'Of', 'For', 'And', 'To', 'By', 'With', 'From', 'Are', 'Is', 'What', 'Why', 'How']);
const OTHER_WORDS = /^(?:Prize|Award|Medal|Cup|Day|Act|Law|Treaty|Agreement|Plan|Doctrine|Anthem|Flag|Service)$/;

/** A heading in title case: its capitals say nothing about names. */
function isHeading(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^["“'‘(]?\p{Lu}/u.test(w)).length;
  return words.length >= 3 && capitalised / words.length >= 0.7;
}

/** Links single-word names separated only by commas and "and" into one list. */
function linkLists(spans: Span[], sentence: string, sentenceStart: number): void {
  for (let i = 1; i < spans.length; i++) {
    const [a, b] = [spans[i - 1], spans[i]];
    const gap = sentence.slice(a.end - sentenceStart, b.start - sentenceStart);
    if (a.words.length === 1 && b.words.length === 1 && /^(?:,\s*|\s+and\s+|,\s+and\s+)$/.test(gap)) {
      const list = a.list ?? [a];
      list.push(b);
      a.list = list;
      b.list = list;
    }
  }
  for (const span of spans) {
    const first = span.list?.[0] ?? span;
    const lead = sentence.slice(0, first.start - sentenceStart);
    if (/\b(?:cities|towns|countries|regions|villages|states|capitals)\s+(?:such as|like|including)\s*$/i.test(lead)) span.placeList = true;
  }
}

function findSpans(source: NameSource): Span[] {
  const spans: Span[] = [];
  for (const sentence of source.sentences) {
    if (isHeading(sentence.text)) continue;
    const inSentence: Span[] = [];
    const words = [...sentence.text.matchAll(WORD)].map((m) => ({
      text: m[0].replace(/[.’']$/, '').replace(/['’]s$/, ''),
      raw: m[0],
      start: sentence.start + m.index,
    }));
    let i = 0;
    while (i < words.length) {
      if (!isCapitalized(words[i].text) || MONTH_OR_DAY.test(words[i].raw)) {
        i++;
        continue;
      }
      let j = i;
      const taken = [words[i]];
      // A name runs on through capitalised words, and through connectors between them ("Institute for Strategic Studies").
      while (j + 1 < words.length) {
        const next = words[j + 1];
        const between = sentence.text.slice(words[j].start + words[j].raw.length - sentence.start, next.start - sentence.start);
        if (/[,;:()"“”!?]|\.\s/.test(between) || /['’]s$/.test(words[j].raw)) break;
        if (isCapitalized(next.text) && !MONTH_OR_DAY.test(next.raw)) {
          taken.push(next);
          j++;
        } else if (
          CONNECTORS.has(next.text) &&
          j + 2 < words.length &&
          isCapitalized(words[j + 2].text) &&
          !/[,;:()"“”'‘!?]/.test(sentence.text.slice(next.start + next.raw.length - sentence.start, words[j + 2].start - sentence.start))
        ) {
          taken.push(next, words[j + 2]);
          j += 2;
        } else break;
      }
      const before = sentence.text.slice(0, words[i].start - sentence.start);
      const initial = /(?:^|[“"‘'(:]|[.!?]\s)\s*$/.test(before) || i === 0;
      const afterPossessive = /['’]s\s*$/.test(before);
      for (const part of splitAtAnd(taken)) {
        const lead = part.findIndex((w) => !FUNCTION_WORDS.has(w.text) && !CONNECTORS.has(w.text));
        if (lead < 0) continue;
        const words2 = part.slice(lead);
        const previousWord = lead > 0 ? part[lead - 1].text : part === taken || part[0] === taken[0] ? (words[i - 1]?.text ?? '') : 'and';
        inSentence.push(
          ...splitTitles(source.docId, words2, sentence.text, sentence.start, initial && lead === 0 && part[0] === taken[0], previousWord, words[j + 1]?.text ?? '', afterPossessive && part[0] === taken[0]),
        );
      }
      i = j + 1;
    }
    linkLists(inSentence, sentence.text, sentence.start);
    spans.push(...inSentence);
  }
  return spans;
}

type Word = { text: string; raw: string; start: number };

/** "Belarus and Kyrgyzstan" are two names; "Center for European and Eurasian Studies" is one. */
function splitAtAnd(taken: Word[]): Word[][] {
  if (taken.some((w) => ORG_WORDS.test(w.text) || EVENT_WORDS.test(w.text))) return [taken];
  const parts: Word[][] = [[]];
  for (const word of taken) {
    if (word.text === 'and') parts.push([]);
    else parts[parts.length - 1].push(word);
  }
  return parts.filter((p) => p.length);
}

function splitTitles(
  docId: string,
  taken: Word[],
  sentence: string,
  sentenceStart: number,
  initial: boolean,
  previous: string,
  next: string,
  afterPossessive: boolean,
): Span[] {
  let k = 0;
  const organisation = taken.some((w) => ORG_WORDS.test(w.text));
  // Titles and, outside organisation names, adjectives of origin come off the front: "Russian First Deputy … Aleksandr Gorovoi".
  while (k < taken.length - 1 && (TITLES.has(taken[k].text) || (DEMONYM.test(taken[k].text) && !organisation))) k++;
  const rest = taken.slice(k);
  while (rest.length && CONNECTORS.has(rest[rest.length - 1].text)) rest.pop();
  if (!rest.length) return [];
  const last = rest[rest.length - 1];
  const roleWords = taken.slice(0, k).map((w) => w.text).filter((w) => TITLES.has(w) || taken.slice(0, k).some((t) => TITLES.has(t.text)));
  const lowerRole = sentence
    .slice(0, rest[0].start - sentenceStart - (k ? rest[0].start - taken[0].start : 0))
    .match(/((?:(?:[a-z-]+|Nobel|Peace|Prize)\s+){0,2}(?:leader|recipient|laureate|monitor|president|critic|analyst|expert|fellow|ambassador|candidate|governor|minister|founder|head|chief|spokesman|spokeswoman|editor|journalist|activist|lawyer|official|envoy|commander|strongman|autocrat|dictator)s?)\s*$/)?.[1];
  return [
    {
      docId,
      start: rest[0].start,
      end: last.start + last.text.length,
      words: rest.map((w) => w.text),
      role: [lowerRole, roleWords.join(' ')].filter(Boolean).join(' ') || null,
      next: next.toLowerCase(),
      previous: k ? taken[k - 1].text : previous.toLowerCase(),
      sentenceInitial: initial && k === 0,
      afterPossessive,
    },
  ];
}

function isCapitalized(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  // Every part of a hyphenated name is capitalised ("Gould-Davies", "OVD-Info"); "Soviet-era" is not a name.
  return word.split('-').every((part) => /^[\p{Lu}\d]/u.test(part));
}

function dropFirstWord(span: Span, sources: NameSource[]): Span | null {
  if (span.words.length < 2) return null;
  const text = sources.find((s) => s.docId === span.docId)!.text;
  let skip = 1;
  while (skip < span.words.length && CONNECTORS.has(span.words[skip])) skip++;
  if (skip >= span.words.length) return null;
  const start = text.indexOf(span.words[skip], span.start + span.words[0].length);
  return { ...span, start, words: span.words.slice(skip), sentenceInitial: false, previous: span.words[skip - 1].toLowerCase() };
}

function isNameLike(span: Span): boolean {
  if (span.words.length === 1) {
    const [word] = span.words;
    if (word.length < 2 || DEMONYM.test(word) && !/^[A-Z]+$/.test(word)) return false;
  }
  return !span.words.every((w) => TITLES.has(w));
}

function classify(span: Span, all: Span[]): EntityType {
  const words = span.words;
  if (words.some((w) => EVENT_WORDS.test(w))) return 'event';
  if (words.some((w) => OTHER_WORDS.test(w)) && !words.some((w) => ORG_WORDS.test(w) && w !== 'Service')) return words.includes('Service') ? 'organization' : 'other';
  if (words.some((w) => ORG_WORDS.test(w)) || ORG_NEXT.test(span.next)) return 'organization';
  if (words.length === 1 && /^[\p{Lu}\d/&-]{2,}$/u.test(words[0].replace(/-.*$/, ''))) return 'organization'; // NEXTA, OVD-Info, RFE/RL
  if (words[0] === 'St.' || words[0] === 'St' || words[0] === 'Saint') return 'place';
  if (words.length >= 2 && words.length <= 3 && !words.some((w) => CONNECTORS.has(w))) {
    // Two or three capitalised words: a person's name, unless the surname never stands alone and the words follow a place preposition or a possessive.
    const surnameAlone = all.some((s) => s.words.length === 1 && translitKey(s.words[0]) === translitKey(words[words.length - 1]));
    if (surnameAlone || SPEECH.test(span.next) || span.role) return 'person';
    if (span.afterPossessive || (PLACE_BEFORE.test(span.previous) && span.previous !== 'to')) return 'place';
    return 'person';
  }
  if (words.length === 1) {
    const isPlace = (word: string) => all.some((s) => s.words.length === 1 && s.words[0] === word && (PLACE_BEFORE.test(s.previous) || s.placeList));
    if (span.placeList || isPlace(words[0]) || span.list?.some((s) => isPlace(s.words[0]))) return 'place';
    return 'other';
  }
  return 'other';
}

/** Groups spans into entities: persons by their transliteration key, others by normalized name. */
class EntityBuilder {
  private readonly entities: { type: EntityType; forms: Map<string, number>; mentions: Mention[]; role: string | null; key: string; first: string }[] = [];

  constructor(private readonly sources: NameSource[]) {}

  add(span: Span, type: EntityType): void {
    const source = this.sources.find((s) => s.docId === span.docId)!;
    // The form as written ("St. Petersburg"), possessive excluded.
    const text = source.text.slice(span.start, span.end);
    const entity = this.find(span, type) ?? this.create(span, type, text);
    if (!entity) return;
    entity.forms.set(text, (entity.forms.get(text) ?? 0) + 1);
    entity.mentions.push({ docId: span.docId, start: span.start, end: span.end, text: source.text.slice(span.start, span.end) });
    entity.role ??= span.role;
    entity.role ??= appositionAfter(source.text, span.end);
  }

  private find(span: Span, type: EntityType) {
    const key = personKey(span.words);
    if (span.words.length === 1) {
      // A surname alone refers to the one person who bears it; else it is its own entity.
      const people = this.entities.filter((e) => e.type === 'person' && e.key.split(' ').pop() === key);
      if (people.length === 1) return people[0];
      return this.entities.find((e) => e.key === key && e.type !== 'person');
    }
    if (type === 'person') return this.entities.find((e) => e.type === 'person' && sameFirstName(e.key, key));
    return this.entities.find((e) => e.key === key);
  }

  private create(span: Span, type: EntityType, text: string) {
    // A lone capitalised word of unknown kind is too often an ordinary word ("Changes") to be a name.
    if (type === 'other' && span.words.length === 1 && !/^[A-Z]{2,}$/.test(span.words[0])) return null;
    const entity = { type, forms: new Map<string, number>(), mentions: [], role: null, key: personKey(span.words), first: text };
    this.entities.push(entity);
    return entity;
  }

  finish(aliasTable: AliasTable): EntityRecord[] {
    const records = this.entities.map((e) => toRecord(e.type, e.first, [...e.forms.keys()], e.mentions, e.role));
    for (const entry of aliasTable.entities) {
      const record = records.find((r) => r.aliases.some((a) => normalize(a.text) === normalize(entry.name)));
      if (!record) continue;
      for (const alias of entry.aliases) {
        if (!record.aliases.some((a) => a.text === alias)) record.aliases.push({ text: alias, kind: 'alias' });
      }
    }
    return records.sort((a, b) => a.id.localeCompare(b.id));
  }
}

function personKey(words: string[]): string {
  return words.map(translitKey).join(' ');
}

function sameFirstName(a: string, b: string): boolean {
  const [aFirst, ...aRest] = a.split(' ');
  const [bFirst, ...bRest] = b.split(' ');
  return aRest.pop() === bRest.pop() && (aFirst === bFirst || aFirst.slice(0, 3) === bFirst.slice(0, 3));
}

function toRecord(type: EntityType, first: string, forms: string[], mentions: Mention[], role: string | null): EntityRecord {
  const full = forms.filter((f) => f.includes(' '));
  const name = full.includes(first) ? first : (full[0] ?? first);
  const aliases: Alias[] = [{ text: name, kind: 'canonical' }];
  for (const form of forms) {
    if (form !== name) aliases.push({ text: form, kind: type === 'person' && !form.includes(' ') ? 'surname' : 'alias' });
  }
  if (type === 'person') {
    const surname = name.split(' ').pop()!;
    if (!aliases.some((a) => a.text === surname)) aliases.push({ text: surname, kind: 'surname' });
    for (const variant of transliterationVariants(name)) {
      if (!aliases.some((a) => normalize(a.text) === normalize(variant))) aliases.push({ text: variant, kind: 'transliteration' });
    }
  }
  return {
    id: `ent:${slug(name)}`,
    type,
    name,
    aliases,
    description: role,
    mentions: mentions.sort((a, b) => a.docId.localeCompare(b.docId) || a.start - b.start),
    origin: 'default',
  };
}

/** "Alesia Rudnik, a Belarusian analyst based in Sweden," → "a Belarusian analyst based in Sweden". */
function appositionAfter(text: string, end: number): string | null {
  const m = text.slice(end, end + 160).match(/^,\s+((?:a|an|the|who is a|who is an)\s[^,.;"“”]{3,100}?)(?=[,.;]|\s+(?:in e-mail|who)\b)/);
  return m ? m[1].replace(/^who is /, '') : null;
}

export function slug(name: string): string {
  return normalize(name)
    .replace(/['.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
