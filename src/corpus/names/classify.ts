import type { EntityType } from '../../shared/records';
import { isGivenName, isKnownPlace } from './gazetteer';
import {
  CONNECTORS,
  DEMONYM,
  EVENT_WORDS,
  FUNCTION_WORDS,
  MONTHS_AND_DAYS,
  ORGANIZATION_ROLES,
  ORGANIZATION_WORDS,
  OTHER_ROLES,
  OTHER_WORDS,
  PERSON_ROLES,
  PLACE_LISTS,
  ORGANIZATION_NOUNS_AFTER,
  PLACE_NOUNS_AFTER,
  PLACE_PREFIXES,
  PLACE_PREPOSITIONS,
  PLACE_WORDS,
  SPEECH_VERBS,
  TITLES,
} from './lexicon';
import type { NameSpan } from './spans';

/** What the whole corpus says about words, for typing one span. */
export interface CorpusEvidence {
  /** Last words of the corpus's people ("Lukashenka", "Olmedo"). */
  surnames: Set<string>;
  /** Lower-case words the corpus uses: a capitalised one of them at a sentence start is grammar. */
  lowercase: ReadonlySet<string>;
  /** Single words the corpus capitalises mid-sentence: names, wherever they stand. */
  midSentence: Set<string>;
}

const ACRONYM = /^\p{Lu}[\p{Lu}\d&/.-]+$/u;
const AGE_AFTER = /^,\s*(?:aged\s+)?\d{1,3},/;
/** "X, a Belarusian analyst based in Sweden," / "X, the NSO's director general," / "X, who chairs …" */
const APPOSITION = /^,\s+(?:(?:a|an|the)\s+|(?:[\p{Lu}][\p{L}'’-]*\s+)+(?:['’]s\s+)?)?([^,.;:"“”]{2,100}?)(?=[,.;:]|\s+(?:in e-mail|who|which|said|told)\b|$)/u;

/** The head of a name: "Port of Valencia" → Port, "Levante Port Workers' Union" → Union. */
function head(words: string[]): string {
  const of = words.findIndex((w) => w === 'of' || w === 'for');
  return of > 0 ? words[of - 1] : words[words.length - 1];
}

/** The kind of name a span is, or null when it is not a name at all. */
export function classify(span: NameSpan, evidence: CorpusEvidence): EntityType | null {
  const words = span.words;
  const joined = words.join(' ');
  if (words.every((w) => FUNCTION_WORDS.has(w) || TITLES.has(w) || MONTHS_AND_DAYS.has(w) || CONNECTORS.has(w))) return null;

  const top = head(words);
  if (words.length === 1 && span.sentenceInitial && !evidence.midSentence.has(top) && !isKnownPlace(top) && !evidence.surnames.has(top) && !ACRONYM.test(top)) {
    return null; // a capital only ever seen opening sentences is grammar ("Unions", "Inflation")
  }
  const kindWord = ORGANIZATION_WORDS.has(top) || EVENT_WORDS.has(top) || PLACE_WORDS.has(top) || OTHER_WORDS.has(top);
  if (words.length === 1 && kindWord && evidence.lowercase.has(top.toLowerCase())) return null; // "Homes", "Police": a kind, not a name
  if (EVENT_WORDS.has(top)) return 'event';
  if (ORGANIZATION_WORDS.has(top)) return 'organization';
  if (PLACE_WORDS.has(top) || /^(?:St\.?|Saint|Mount|Lake|Cape|Port)$/.test(words[0]) && words.length > 1) return 'place';
  if (OTHER_WORDS.has(top)) return 'other';
  if (words.some((w) => ORGANIZATION_WORDS.has(w))) return 'organization';
  if (isKnownPlace(joined)) return 'place';

  const apposition = span.after.match(APPOSITION)?.[1] ?? '';
  // An apposition before the name: "a Brazilian bottler, Engarrafadora Sul".
  const roleBefore = span.before.slice(-60).match(/\b(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,3}([\p{Ll}-]+),\s*$/u)?.[1] ?? '';
  const appositionHead = apposition.split(/\s+(?:in|at|of|for|from|on|with|based|who|that|to)\s+/)[0];
  // "X said" / "said X" — with nothing but space between: "from Limerick, said" is not Limerick speaking; "told X" names the listener.
  const speaks =
    (SPEECH_VERBS.has(span.next) && /^\s+(?:has\s+|had\s+)?\p{Ll}/u.test(span.after)) ||
    (SPEECH_VERBS.has(span.previous) && !/^(?:told|tells|asked|asks)$/.test(span.previous) && /\p{Ll}\s+$/u.test(span.before) && !span.sentenceInitial);

  if (words.length === 1) {
    const [word] = words;
    if (word.length < 2 || MONTHS_AND_DAYS.has(word)) return null;
    if (span.shortFormOf) return null; // typed with the name it shortens
    // An acronym defined after common words ("twenty-foot equivalent units (TEU)") is a unit or a term, not a name.
    if (ACRONYM.test(word) && /\p{Ll}[\p{L}-]*\s*\(\s*$/u.test(span.before)) return null;
    // A wire story's dateline names its agency: "KYIV, Ukraine (Eastwire) —".
    if (/\(\s*$/.test(span.before) && /^\)\s*[—–-]/.test(span.after)) return 'organization';
    if (ACRONYM.test(word.split('-')[0]) && word.length <= 8 && !/^[IVXLC]+$/.test(word)) return 'organization';
    if (evidence.surnames.has(word)) return 'person';
    if (DEMONYM.test(word)) return null;
    if (span.sentenceInitial && evidence.lowercase.has(word.toLowerCase())) return null;
    if (ORGANIZATION_ROLES.test(span.role ?? '') || ORGANIZATION_ROLES.test(appositionHead) || ORGANIZATION_NOUNS_AFTER.has(span.next)) return 'organization';
    if (OTHER_ROLES.test(appositionHead)) return 'other';
    if (PERSON_ROLES.test(appositionHead) || AGE_AFTER.test(span.after)) return 'person';
    if (speaks) return 'person';
    if (isPlaceContext(span)) return 'place';
    return null;
  }

  if (words.every((w) => DEMONYM.test(w) || CONNECTORS.has(w))) return null;
  if (ORGANIZATION_NOUNS_AFTER.has(span.next)) return 'organization';
  // People's names have no small words inside ("Doctors Without Borders" is not a person).
  const personish = words.length <= 4 && !words.some((w, i) => CONNECTORS.has(w) || (i > 0 && FUNCTION_WORDS.has(w))) && !ACRONYM.test(words[0]);
  if (personish && !isGivenName(words[0]) && PLACE_PREFIXES.has(words[0]) && words.length <= 3) return 'place';
  if (personish) {
    if (isGivenName(words[0]) || span.title || span.postnominal) return 'person';
    if (PERSON_ROLES.test(appositionHead) || AGE_AFTER.test(span.after) || speaks || /\baccording to\s*$/i.test(span.before)) return 'person';
    if (evidence.surnames.has(words[words.length - 1])) return 'person';
    if (span.role && PERSON_ROLES.test(span.role.split(' ').pop() ?? '')) return 'person'; // "chief financial officer Rohan Mehta"
  }
  if (ORGANIZATION_ROLES.test(appositionHead) || ORGANIZATION_ROLES.test(span.role ?? '') || ORGANIZATION_ROLES.test(roleBefore)) return 'organization';
  if (PERSON_ROLES.test(roleBefore) && personish) return 'person';
  if (isPlaceContext(span)) return 'place';
  // Two or three capitalised words with nothing to tell them apart: a name, of no kind known.
  return 'other';
}

/** Where a lone name is a place: after "in"/"from", in a list of places, before "-based", or beside a known place. */
function isPlaceContext(span: NameSpan): boolean {
  if (span.list?.some((other) => other !== span && isKnownPlace(other.words.join(' ')))) return true;
  const first = span.list?.[0] ?? span;
  if (PLACE_LISTS.test(first.before)) return true;
  if (/^-based\b/.test(span.after) || PLACE_NOUNS_AFTER.has(span.next)) return true;
  if (/^,\s*(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}]*)?)/u.test(span.after) && isKnownPlace(span.after.match(/^,\s*(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}]*)?)/u)![1])) return true;
  return PLACE_PREPOSITIONS.has(span.previous) && !span.afterPossessive && !(SPEECH_VERBS.has(span.next) && /^\s+\p{Ll}/u.test(span.after));
}

/** A person's name, as the type rules see it: for finding the corpus's surnames before typing anything. */
export function looksLikePerson(span: NameSpan): boolean {
  const words = span.words;
  if (words.length < 2 || words.length > 4 || words.some((w) => CONNECTORS.has(w) || ORGANIZATION_WORDS.has(w) || PLACE_WORDS.has(w) || EVENT_WORDS.has(w))) return false;
  if (isKnownPlace(words.join(' '))) return false;
  const apposition = span.after.match(APPOSITION)?.[1] ?? '';
  // An apposition before the name: "a Brazilian bottler, Engarrafadora Sul".
  const roleBefore = span.before.slice(-60).match(/\b(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,3}([\p{Ll}-]+),\s*$/u)?.[1] ?? '';
  return (
    isGivenName(words[0]) ||
    SPEECH_VERBS.has(span.next) ||
    PERSON_ROLES.test(apposition) ||
    AGE_AFTER.test(span.after) ||
    span.title !== null ||
    span.postnominal !== null ||
    /\baccording to\s*$/i.test(span.before)
  );
}

/** Honorifics say nothing about who someone is: never a description. */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Sir|Dame)\.?$/;
/** Words that end a role read backwards from the name: determiners, prepositions, speech and meeting verbs. */
const ROLE_STOP = /^(?:the|a|an|of|at|for|in|on|and|but|by|with|to|from|as|said|told|says|met|meets|ousted|when|while|after|before|that|which|who)$/;
/** Lower-case words that open a longer office: "chief financial officer", "senior research fellow". */
const ROLE_MODIFIER = /^(?:chief|deputy|senior|junior|vice|assistant|associate|executive|managing|first|former|acting|interim|general|lead|principal|head)$/;
/** A description as an apposition before the name: "a Brazilian bottler, Engarrafadora Sul". */
const APPOSITION_BEFORE = /(?:^|[\s(“"])((?:a|an|the|its|their)\s+(?:[\p{L}.'’-]+\s+){0,3}[\p{Ll}-]+),\s*$/u;

/** What kind of role word describes a name of this kind. */
function roleWords(type: EntityType | null): RegExp | null {
  if (type === 'organization') return ORGANIZATION_ROLES;
  if (type === 'other') return OTHER_ROLES;
  if (type === 'person' || type === null) return PERSON_ROLES;
  return null;
}

/**
 * The role right before a name, for its kind: "opposition leader Svetlana
 * Tikhanovskaya", "chief financial officer Rohan Mehta", "the independent
 * monitor OVD-Info", with the capitalised words that qualify it ("Nobel
 * Prize recipient", "Singapore-based shipping group").
 */
function roleBefore(span: NameSpan, roles: RegExp): string | null {
  const words = (span.role ?? '').split(' ').filter(Boolean);
  const last = words[words.length - 1];
  if (!last || ROLE_STOP.test(last) || !roles.test(last)) return null;
  let from = words.length - 1;
  while (from > 0 && !ROLE_STOP.test(words[from - 1])) from--;
  let kept = words.slice(from);
  if (kept.length > 2 && !ROLE_MODIFIER.test(kept[kept.length - 3])) kept = kept.slice(-2);
  // Capitalised words right before the role qualify it, when the role reaches back to them.
  if (kept.length === words.length) {
    const rest = span.before.trimEnd();
    const beforeRole = rest.slice(0, rest.length - (span.role ?? '').length);
    const qualifiers = beforeRole.match(/(?:^|[\s(“"])((?:\p{Lu}[\p{L}.'’-]*\s+){1,2})$/u)?.[1].trim().split(/\s+/) ?? [];
    while (qualifiers.length && (FUNCTION_WORDS.has(qualifiers[0]) || TITLES.has(qualifiers[0]) || /['’]s$/.test(qualifiers[0]))) qualifiers.shift();
    if (qualifiers.length && !qualifiers.some((w) => /['’]s$/.test(w) || FUNCTION_WORDS.has(w))) kept = [...qualifiers, ...kept];
  }
  return kept.join(' ') || null;
}

/**
 * An organisation's kind written after its name, with the modifiers before
 * it: "the FNV trade union" → "trade union", "the ruling United Russia
 * party" → "ruling party".
 */
function kindAfter(span: NameSpan): string | null {
  // "the European Commission's aid department", "the U.N. refugee agency, UNHCR": the name only qualifies another.
  if (span.possessive || !/\bthe\s+(?:[\p{Ll}-]+\s+)?$/u.test(span.before)) return null;
  const phrase = span.after.match(/^\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)(.{0,3})/u);
  const words = phrase?.[1].split(/\s+/) ?? [];
  const at = words.findIndex((w) => ORGANIZATION_NOUNS_AFTER.has(w) || ORGANIZATION_ROLES.test(w));
  if (at < 0 || words.slice(0, at).some((w) => ROLE_STOP.test(w) || SPEECH_VERBS.has(w))) return null;
  if (at === words.length - 1 && /^,\s*\p{Lu}/u.test(phrase![2])) return null;
  const before = (span.role ?? '').split(' ').filter(Boolean);
  let from = before.length;
  while (from > 0 && !ROLE_STOP.test(before[from - 1]) && !ORGANIZATION_ROLES.test(before[from - 1])) from--;
  return [...before.slice(from), ...words.slice(0, at + 1)].join(' ');
}

/**
 * The description a name's context gives: its role ("opposition leader",
 * "Nobel Prize recipient", "independent monitor") and an apposition after it
 * ("a Belarusian analyst based in Sweden", "the state grid operator") or
 * before it ("a Brazilian bottler, Engarrafadora Sul"), both where the text
 * has both; else a title that says something ("Transport Minister", not "Mr").
 */
export function describe(span: NameSpan, type: EntityType | null = null): string | null {
  const roles = roleWords(type);
  const role = (roles ? roleBefore(span, roles) : null) ?? (type === 'organization' ? kindAfter(span) : null);
  const apposition = APPOSITION.test(span.after) && /^,\s+(?:a|an|the)\s/.test(span.after) && !/^\d/.test(span.after.match(APPOSITION)?.[1] ?? '')
    ? (span.after.match(/^,\s+((?:a|an|the)\s[^,.;:"“”]{2,100}?)(?=[,.;:]|\s+(?:in e-mail|who|which)\b|$)/)?.[1] ?? null)
    : null;
  if (role && apposition) return `${role}, ${apposition}`;
  if (role || apposition) return role ?? apposition;
  const before = roles ? span.before.match(APPOSITION_BEFORE)?.[1] : undefined;
  if (before && roles!.test(before.split(/\s+/).pop()!)) return before;
  return span.title && !HONORIFIC.test(span.title) ? span.title : null;
}
