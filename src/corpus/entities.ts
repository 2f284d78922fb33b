/**
 * People, organisations, places and events of a corpus, merged across
 * documents and spellings, each with aliases, mentions and a description.
 * wink-nlp tags the words; Factmark's rules (names/) decide where a name
 * begins and ends, what kind it is, and which mentions are one entity.
 * In three steps, so a build can run the per-document ones in parallel:
 * each document's lower-case words, its name spans (given the whole
 * corpus's lower-case words), then one merge of every span into entities.
 */
import type { Alias, EntityRecord, EntityType, Mention } from '../shared/records';
import { normalize } from '../text/normalize';
import { classify, describe, looksLikePerson, type CorpusEvidence } from './names/classify';
import { isKnownPlace } from './names/gazetteer';
import { DEMONYM } from './names/lexicon';
import { findNameSpans, type NameSpan } from './names/spans';
import { ChunkTokenizer, tagOpenings, tagText } from './names/tagger';
import type { SentenceSpan } from './sentences';
import { personKey, slug } from './entity-identity';
import { abbreviationVariants } from './abbreviations';
import { crossedSpellings, translitKey, transliterationVariants } from './transliteration';

export { slug } from './entity-identity';

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

const LOWERCASE_WORD = /(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*/gu;

/** Adds the words a text writes in lower case to `words`: the corpus's set of them tells grammar capitals from names. */
export function addLowercaseWords(text: string, words: Set<string>): void {
  for (const [word] of text.matchAll(LOWERCASE_WORD)) words.add(word);
}

/** A sentence's first four words (with what follows each): context enough for its first word's tag. */
const OPENING = /^\s*(?:\S+\s+){0,3}\S*/;

/**
 * One document's candidate name spans; `lowercase` holds the words the whole
 * corpus writes in lower case. With the rules, the text is only split into
 * tokens (by `tokenizer`, one per share of a build) and only the openings of sentences
 * whose first word's tag decides are tagged; without them, every word is.
 */
export function nameSpansOf(source: NameSource, lowercase: ReadonlySet<string>, rules = true, tokenizer = new ChunkTokenizer()): NameSpan[] {
  const isCommonWord = (word: string) => lowercase.has(word.toLowerCase());
  const openingTokens = (sentences: readonly SentenceSpan[]) =>
    tagOpenings(sentences.map((s) => s.text.match(OPENING)![0])).map((tokens, k) =>
      tokens.map((t) => ({ ...t, start: t.start + sentences[k].start, end: t.end + sentences[k].start })),
    );
  const tokens = rules ? tokenizer.tokenize(source.text) : tagText(source.text);
  return findNameSpans(source.docId, source.text, source.sentences, tokens, { rules, isCommonWord, tagOpenings: openingTokens });
}

/**
 * Every document's spans, in document order, merged into entities: typed,
 * joined across documents and spellings, with the alias table applied.
 * `texts` holds each document's text by id.
 */
export function entitiesFromSpans(
  spans: NameSpan[],
  texts: ReadonlyMap<string, string>,
  lowercase: ReadonlySet<string>,
  aliasTable: AliasTable = { entities: [] },
  rules = true,
): EntityRecord[] {
  const builder = new EntityBuilder(texts, lowercase);
  if (!rules) {
    for (const span of spans) builder.add(span, 'other');
    return builder.finish(aliasTable);
  }
  const evidence: CorpusEvidence = {
    surnames: new Set(spans.filter(looksLikePerson).map((s) => s.words[s.words.length - 1])),
    lowercase,
    midSentence: new Set(spans.filter((s) => !s.sentenceInitial && s.words.length === 1).map((s) => s.words[0])),
  };
  const typed = spans.map((span) => ({ span, type: classify(span, evidence) }));
  // Full names first (they found the entities), then short forms that refer to them.
  for (const { span, type } of typed) if (type && span.words.length > 1) builder.add(span, type);
  for (const { span, type } of typed) if (span.words.length === 1) builder.add(span, type);
  return builder.finish(aliasTable);
}

interface Building {
  type: EntityType;
  key: string;
  /** The first full form seen: the canonical name unless a fuller one comes. */
  first: string;
  forms: Map<string, number>;
  titled: Set<string>;
  mentions: Mention[];
  description: string | null;
}

/** Groups spans into entities: people by their transliteration key, other names by their normalised form. */
class EntityBuilder {
  private readonly entities: Building[] = [];
  private readonly byKey = new Map<string, Building>();
  /** People by the key of their last name, corpus-wide and per document. */
  private readonly bySurname = new Map<string, Building[]>();
  private readonly byDocSurname = new Map<string, Building[]>();
  /** Organisations by their first word, per document ("Meridian" for "Meridian Terminals"). */
  private readonly byDocFirstWord = new Map<string, Building[]>();
  /** People by their first name, per document. */
  private readonly byDocFirstName = new Map<string, Building[]>();
  private readonly shortForms = new Map<string, Building>();
  private readonly spanEntity = new Map<NameSpan, Building>();

  constructor(
    private readonly texts: ReadonlyMap<string, string>,
    /** Words the corpus writes in lower case: never a short form of a name. */
    private readonly commonWords: ReadonlySet<string>,
  ) {}

  add(span: NameSpan, type: EntityType | null): void {
    const text = this.texts.get(span.docId)!.slice(span.start, span.end);
    let entity: Building | null | undefined = this.find(span, type);
    // A surname alone that several people of the corpus bear, none of them in this document, names no one in particular.
    const ambiguous = !entity && type === 'person' && span.words.length === 1 && (this.bySurname.get(translitKey(span.words[0]))?.length ?? 0) > 1;
    if (!entity && type && !ambiguous) entity = this.create(span, type, text);
    if (!entity) return;
    this.spanEntity.set(span, entity);
    entity.forms.set(text, (entity.forms.get(text) ?? 0) + 1);
    if ((span.title || span.postnominal) && entity.type === 'person') entity.titled.add([span.title, text, span.postnominal].filter(Boolean).join(' '));
    entity.mentions.push({ docId: span.docId, start: span.start, end: span.end, text });
    entity.description ??= describe(span, entity.type);
  }

  private find(span: NameSpan, type: EntityType | null): Building | undefined {
    const words = span.words;
    // "the Turkish Red Crescent, known in Turkey as Kızılay": another name of the entity just named.
    const knownAs = span.before.match(/\b(?:known|also known|better known|formerly known)(?:\s+in\s+[\p{L} ]{2,30}?)?\s+as\s*$/u);
    if (knownAs) {
      const phraseStart = span.start - knownAs[0].length;
      const named = [...this.spanEntity].filter(([s]) => s.docId === span.docId && s.sentence === span.sentence && s.end <= phraseStart).sort((a, b) => b[0].end - a[0].end)[0];
      if (named) return named[1];
    }
    if (span.shortFormOf) {
      const full = this.spanEntity.get(span.shortFormOf);
      if (full) this.shortForms.set(normalize(words[0]), full);
      return full;
    }
    if (words.length === 1) {
      const word = normalize(words[0]);
      const short = this.shortForms.get(word);
      if (short) return short;
      // A surname alone refers to the one person of the document, or else of the corpus, who bears it.
      const surname = translitKey(words[0]);
      const inDoc = this.byDocSurname.get(`${span.docId}\n${surname}`) ?? [];
      if (inDoc.length === 1) return inDoc[0];
      const known = this.byKey.get(word);
      if (known && known.type !== 'person') return known;
      // "Meridian" for "Meridian Terminals", named in full in the same document.
      const organisations = this.byDocFirstWord.get(`${span.docId}\n${word}`) ?? [];
      // An adjective of origin is not a short name ("Belarusian protests"), but a word used as a noun is ("Meridian’s chief", "Meridian has").
      const usedAsNoun = span.possessive || /^(?:has|had|is|was|will|would|said|says|did|does)$/.test(span.next);
      const plainWord =
        (!DEMONYM.test(words[0]) || usedAsNoun) && !this.commonWords.has(words[0].toLowerCase()) && !isKnownPlace(words[0]) && !/^[\p{Lu}.]+$/u.test(words[0]);
      if (organisations.length === 1 && plainWord && !(type === null && span.sentenceInitial && !span.possessive)) return organisations[0];
      // A first name alone ("what Darren told me") is the one person of the document who bears it.
      const firstNamed = this.byDocFirstName.get(`${span.docId}\n${word}`) ?? [];
      if (firstNamed.length === 1 && (type === 'person' || type === null)) return firstNamed[0];
      const people = this.bySurname.get(surname) ?? [];
      if (people.length === 1 && (type === 'person' || type === null)) return people[0];
      return type === 'person' ? undefined : known;
    }
    if (type === 'person') {
      const surname = translitKey(words[words.length - 1]);
      return (this.bySurname.get(surname) ?? []).find((e) => sameFirstName(e.key, personKey(words)));
    }
    return this.byKey.get(normalize(words.join(' ')));
  }

  private create(span: NameSpan, type: EntityType, text: string): Building | null {
    const words = span.words;
    const entity: Building = {
      type,
      key: type === 'person' ? personKey(words) : normalize(words.join(' ')),
      first: text,
      forms: new Map(),
      titled: new Set(),
      mentions: [],
      description: null,
    };
    this.entities.push(entity);
    if (type === 'person') {
      const surname = translitKey(words[words.length - 1]);
      push(this.bySurname, surname, entity);
      push(this.byDocSurname, `${span.docId}\n${surname}`, entity);
      push(this.byDocFirstName, `${span.docId}\n${normalize(words[0])}`, entity);
    } else {
      this.byKey.set(entity.key, entity);
      if (type === 'organization' && words.length > 1) push(this.byDocFirstWord, `${span.docId}\n${normalize(words[0])}`, entity);
    }
    return entity;
  }

  finish(aliasTable: AliasTable): EntityRecord[] {
    const records = this.entities.filter((e) => e.mentions.length).map(toRecord);
    const byAlias = new Map<string, EntityRecord>();
    for (const record of records) for (const alias of record.aliases) if (!byAlias.has(normalize(alias.text))) byAlias.set(normalize(alias.text), record);
    // An entry joins the entity that bears its name or any of its spellings ("Sviatlana Tsikhanouskaya" gains "Svetlana Tikhanovskaya" too).
    for (const entry of aliasTable.entities) {
      const record = [entry.name, ...entry.aliases].map((text) => byAlias.get(normalize(text))).find(Boolean);
      if (!record) continue;
      for (const alias of [entry.name, ...entry.aliases]) {
        if (!record.aliases.some((a) => normalize(a.text) === normalize(alias))) record.aliases.push({ text: alias, kind: 'alias' });
      }
    }
    // A page may write the first name as one source does and the surname as another ("Svetlana Tsikhanouskaya"),
    // and a place's "St." in full ("Saint Petersburg").
    for (const record of records) {
      if (record.type !== 'person') {
        for (const alias of [...record.aliases]) {
          for (const variant of abbreviationVariants(alias.text)) {
            if (!record.aliases.some((a) => normalize(a.text) === normalize(variant))) record.aliases.push({ text: variant, kind: 'alias' });
          }
        }
        continue;
      }
      const written = record.aliases.filter((a) => a.kind === 'canonical' || a.kind === 'alias').map((a) => a.text);
      for (const spelling of crossedSpellings(written)) {
        if (!record.aliases.some((a) => normalize(a.text) === normalize(spelling))) record.aliases.push({ text: spelling, kind: 'transliteration' });
      }
    }
    // Ids must be unique: two entities of one name but different kinds keep apart by kind.
    const seen = new Set<string>();
    for (const record of records.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))) {
      if (seen.has(record.id)) record.id = `${record.id}-${record.type}`;
      seen.add(record.id);
    }
    return records.sort((a, b) => a.id.localeCompare(b.id));
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Two full names of one person: the same surname, and first names that are one name spelled two ways. */
function sameFirstName(a: string, b: string): boolean {
  const [aFirst, ...aRest] = a.split(' ');
  const [bFirst, ...bRest] = b.split(' ');
  return aRest.pop() === bRest.pop() && (aFirst === bFirst || aFirst.slice(0, 3) === bFirst.slice(0, 3));
}

function toRecord(entity: Building): EntityRecord {
  const forms = [...entity.forms.keys()];
  const full = forms.filter((f) => f.includes(' '));
  const longest = [...full].sort((a, b) => b.split(' ').length - a.split(' ').length)[0];
  const name = full.includes(entity.first) && entity.first.split(' ').length >= (longest?.split(' ').length ?? 0) ? entity.first : (longest ?? entity.first);
  // A person known only by a surname is matched as a surname: only where no other person bears it.
  const aliases: Alias[] = [{ text: name, kind: entity.type === 'person' && !name.includes(' ') ? 'surname' : 'canonical' }];
  const add = (text: string, kind: Alias['kind']) => {
    if (!aliases.some((a) => normalize(a.text) === normalize(text))) aliases.push({ text, kind });
  };
  for (const form of forms) add(form, entity.type === 'person' && !form.includes(' ') ? 'surname' : 'alias');
  // A title on a surname alone ("Ms. Martynova") is as ambiguous as the surname: it is matched as one.
  for (const titled of entity.titled) add(titled, forms.some((f) => !f.includes(' ') && titled.includes(f)) && !full.some((f) => titled.includes(f)) ? 'surname' : 'alias');
  if (entity.type === 'person') {
    add(name.split(' ').pop()!, 'surname');
    for (const variant of transliterationVariants(name)) add(variant, 'transliteration');
  }
  return {
    id: `ent:${slug(name)}`,
    type: entity.type,
    name,
    aliases,
    description: entity.description,
    mentions: entity.mentions.sort((a, b) => a.docId.localeCompare(b.docId) || a.start - b.start),
    origin: 'default',
  };
}
