import type { NameHit, NameMatchType } from '../shared/hits';
import type { AliasKind, EntityRecord, EntityType } from '../shared/records';
import { normalize } from '../text/normalize';
import { tokenize, type Token } from '../text/tokens';
import type { BlockText } from './block-text';
import { buildEdgeTable, childOf, type EdgeTable } from './edge-table';
import { PairTable } from '../shared/pair-table';
import { Vocabulary } from './vocabulary';
import { MONTHS_AND_DAYS, TITLES } from '../corpus/names/lexicon';

export const ENTITY_TYPES: EntityType[] = ['person', 'organization', 'place', 'event', 'other'];
/** Better kinds first: where two aliases of one entity share a key, the first names the match. */
const KIND_ORDER: AliasKind[] = ['canonical', 'alias', 'surname', 'transliteration'];
const SURNAME = KIND_ORDER.indexOf('surname');
/** The entry kind of an entity's own name, as the corpus writes it. */
export const CANONICAL = KIND_ORDER.indexOf('canonical');
const MAX_WORDS = 8;

/**
 * Every alias of every entity of a corpus segment, compiled into a word trie
 * over normalised words (an Aho–Corasick automaton without failure links:
 * matching restarts at each word, so none are needed). Plain data with typed
 * arrays: stored in IndexedDB as is.
 */
export interface CompiledNames {
  entityIds: string[];
  /** Index into ENTITY_TYPES. */
  entityTypes: Uint8Array;
  words: string[];
  edges: EdgeTable;
  /** Aliases ending at trie node n are entries nodeStart[n] … nodeStart[n + 1] - 1, better kinds first. */
  nodeStart: Int32Array;
  entryEntity: Int32Array;
  /** Index into KIND_ORDER. */
  entryKind: Uint8Array;
  entryText: string[];
  /** Surname-only aliases kept, by word: another segment may hold a second person of that name. */
  surnameWords: string[];
  surnameEntities: string[];
  /** Surnames this segment dropped because two of its people share them. */
  sharedSurnames: string[];
}

/**
 * Compiles the aliases of `entities`. Surname-only aliases shared by two
 * entities are dropped: "Putin" is distinctive, a surname two people share
 * is not.
 */
/** Every alias's key (its normalised words between single spaces), entity by entity: computed once for all that read them. */
export function aliasKeys(entities: readonly EntityRecord[]): string[][] {
  return entities.map((entity) => entity.aliases.map((alias) => keyOf(alias.text)));
}

export function compileNames(entities: EntityRecord[], keys: string[][] = aliasKeys(entities)): CompiledNames {
  // A surname's first owner; a second one makes it shared.
  const surnameOwner = new Map<string, number>();
  const shared = new Set<string>();
  entities.forEach((entity, index) => {
    entity.aliases.forEach((alias, a) => {
      if (alias.kind !== 'surname') return;
      const key = keys[index][a];
      const owner = surnameOwner.get(key);
      if (owner === undefined) surnameOwner.set(key, index);
      else if (owner !== index) shared.add(key);
    });
  });

  const vocabulary = new Vocabulary();
  const edges: { parent: number; word: number; child: number }[] = [];
  // Children by (parent, word) in a typed-array table: a string or boxed number per edge costs more than the whole trie.
  const children = new PairTable(4096);
  let nodes = 1; // node 0 is the root
  const byNode = new Map<number, { entity: number; kind: number; text: string }[]>();
  const surnames = new Map<string, string>();

  const pathOf = (words: string[]) => {
    let node = 0;
    for (const word of words) {
      const id = vocabulary.add(word);
      let child = children.get(node, id);
      if (child < 0) {
        child = nodes++;
        children.set(node, id, child);
        edges.push({ parent: node, word: id, child });
      }
      node = child;
    }
    return node;
  };
  entities.forEach((entity, index) => {
    entity.aliases.forEach((alias, a) => {
      const key = keys[index][a];
      const words = key ? key.split(' ') : [];
      if (!words.length || words.length > MAX_WORDS) return;
      if (alias.kind === 'surname' && shared.has(key)) return;
      // A hyphen may be written as a space: "OVD Info", "Anti Corruption Foundation".
      const spaced = key.includes('-') ? key.replace(/-/g, ' ').split(' ') : null;
      for (const node of spaced && spaced.length <= MAX_WORDS ? [pathOf(words), pathOf(spaced)] : [pathOf(words)]) register(node, entity, index, alias, key);
    });
  });

  /** Entity `index`'s alias at trie node `node`: the most exact kind of alias an entity has there, one entity per generated spelling. */
  function register(node: number, entity: EntityRecord, index: number, alias: EntityRecord['aliases'][number], key: string): void {
    let entries = byNode.get(node);
    if (!entries) byNode.set(node, (entries = []));
    const kind = KIND_ORDER.indexOf(alias.kind);
    const own = entries.find((e) => e.entity === index);
    if (!own) entries.push({ entity: index, kind, text: alias.text });
    else if (kind < own.kind) Object.assign(own, { kind, text: alias.text });
    // A generated spelling two people share ("Katsyaryna Savelyeva" from Katsiaryna and from Ekaterina) goes to the one it is closest to.
    if (alias.kind === 'transliteration' && entries.length > 1) {
      const rivals = entries.filter((e) => e.kind === kind && e.entity !== index);
      for (const rival of rivals) {
        const mine = likeness(alias.text, entity.name);
        const theirs = likeness(alias.text, entities[rival.entity].name);
        if (mine > theirs) entries.splice(entries.indexOf(rival), 1);
        else if (theirs > mine) entries.splice(entries.findIndex((e) => e.entity === index), 1);
      }
    }
    if (alias.kind === 'surname') surnames.set(key, entity.id);
  }

  const nodeStart = new Int32Array(nodes + 1);
  const entryEntity: number[] = [];
  const entryKind: number[] = [];
  const entryText: string[] = [];
  for (let node = 0; node < nodes; node++) {
    nodeStart[node] = entryEntity.length;
    const entries = byNode.get(node);
    if (!entries) continue;
    for (const entry of entries.length > 1 ? entries.sort((a, b) => a.kind - b.kind || a.entity - b.entity) : entries) {
      entryEntity.push(entry.entity);
      entryKind.push(entry.kind);
      entryText.push(entry.text);
    }
  }
  nodeStart[nodes] = entryEntity.length;
  return {
    entityIds: entities.map((e) => e.id),
    entityTypes: Uint8Array.from(entities.map((e) => ENTITY_TYPES.indexOf(e.type))),
    words: vocabulary.words,
    edges: buildEdgeTable(edges),
    nodeStart,
    entryEntity: Int32Array.from(entryEntity),
    entryKind: Uint8Array.from(entryKind),
    entryText,
    surnameWords: [...surnames.keys()],
    surnameEntities: [...surnames.values()],
    sharedSurnames: [...shared],
  };
}

/** How alike two spellings are: letters in common over the longer's length, position by position from both ends. */
function likeness(a: string, b: string): number {
  const x = normalize(a);
  const y = normalize(b);
  let same = 0;
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] === y[i]) same++;
  for (let i = 1; i <= Math.min(x.length, y.length); i++) if (x[x.length - i] === y[y.length - i]) same++;
  return same / (2 * Math.max(x.length, y.length));
}

function keyOf(alias: string): string {
  // Most aliases are ASCII letters and digits between single spaces: their key is themselves, lower-cased.
  if (PLAIN_ALIAS.test(alias)) return alias.toLowerCase();
  const normalized = normalize(alias);
  // Diacritics folded, most others are plain words too.
  if (PLAIN_ALIAS.test(normalized)) return normalized;
  return tokenize(normalized)
    .map((t) => t.word)
    .join(' ');
}

const PLAIN_ALIAS = /^[a-z0-9]+(?: [a-z0-9]+)*$/i;

/** One segment's names, loaded: the vocabulary as a map, the rest used as stored. */
export class NameIndex {
  readonly vocabulary: Map<string, number>;

  constructor(
    readonly compiled: CompiledNames,
    vocabulary?: Map<string, number>,
    /** 1 for entities removed with their documents, the segment not compiled again yet: their aliases are passed over. */
    readonly removed: Uint8Array | null = null,
  ) {
    this.vocabulary = vocabulary ?? new Map(compiled.words.map((w, i) => [w, i]));
  }

  /** This index with the aliases of `entityIds` passed over; what is compiled and loaded is shared. */
  without(entityIds: ReadonlySet<string>): NameIndex {
    if (!entityIds.size || !this.compiled.entityIds.some((id) => entityIds.has(id))) return this;
    return new NameIndex(this.compiled, this.vocabulary, Uint8Array.from(this.compiled.entityIds, (id) => (entityIds.has(id) ? 1 : 0)));
  }
}

/** Surname words that name different people in different segments (or in one): never matched alone. */
export function ambiguousSurnames(indexes: NameIndex[]): Set<string> {
  const ambiguous = new Set<string>();
  const owner = new Map<string, string>();
  for (const { compiled } of indexes) {
    for (const word of compiled.sharedSurnames) ambiguous.add(word);
    compiled.surnameWords.forEach((word, i) => {
      const entity = compiled.surnameEntities[i];
      const known = owner.get(word);
      if (known === undefined) owner.set(word, entity);
      else if (known !== entity) ambiguous.add(word);
    });
  }
  return ambiguous;
}

/** Russian and Belarusian patronymics, lower case: "anatolyevich", "grigoryevna", "ilyich". */
const PATRONYMIC = /^\p{L}{3,}(?:ovich|evich|ovna|evna|ich|ichna)$/u;

/** Lower-case particles of a name, which may start one ("de Gaulle", "van der Veen"), and title prefixes before one ("ex-Governor Sergei Furgal"). */
const PARTICLES = new Set(['de', 'der', 'den', 'van', 'von', 'la', 'le', 'du', 'da', 'del', 'della', 'dos', 'ter', 'ten', 'al', 'bin', 'ibn']);
/** Lower-case words that stand inside a name but never start one: "Front for the United Kingdom", "Bank of Russia". */
const LINKS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'at', 'to']);
const TITLE_PREFIX = /^(?:ex|then)-/;

/** Single words that are ordinary English too: a name only where capitalised and not opening a sentence. */
const COMMON = new Set(
  'changes union state long far east west north south news service center centre party group channel prize watch court times post march may will august bill mark rose grant'.split(
    ' ',
  ),
);

/**
 * Names in a block, longest match first, at word boundaries, across every
 * segment. One pass: from each word, each segment's trie is walked as far as
 * the words go.
 */
export function findNames(block: BlockText, indexes: NameIndex[], ambiguous: Set<string>): NameHit[] {
  const { text, normalized, map, tokens } = block;
  const hits: NameHit[] = [];
  const candidates: { words: number; index: NameIndex; node: number }[] = [];
  // In a headline of capitalised words, a place's name cannot be told from a longer name by the capital after it.
  let headline: boolean | null = null;
  for (let i = 0; i < tokens.length; ) {
    // A name starts with a capital (or a particle: "de", "ex-"): a lower-case word starts none, and is not looked up.
    const initial = text.charCodeAt(map[tokens[i].start]);
    if (initial >= 97 && initial <= 122 && !PARTICLES.has(tokens[i].word) && !TITLE_PREFIX.test(tokens[i].word)) {
      // "pro-Kremlin": a name may stand inside a compound that opens in lower case.
      if (tokens[i].word.includes('-')) hitsInCompound(block, tokens[i], indexes, ambiguous, hits);
      i++;
      continue;
    }
    candidates.length = 0;
    for (const index of indexes) {
      let node = 0;
      let patronymic = false;
      for (let k = i; k < tokens.length && k - i < MAX_WORDS; k++) {
        if (k > i && !adjacent(normalized, tokens[k - 1], tokens[k - 1].end, tokens[k].start)) break;
        const word = index.vocabulary.get(tokens[k].word);
        const child = word === undefined ? -1 : childOf(index.compiled.edges, node, word);
        // A Russian patronymic between the given name and the surname: "Alexey Anatolyevich Navalny".
        if (child < 0 && k > i && !patronymic && PATRONYMIC.test(tokens[k].word)) {
          patronymic = true;
          continue;
        }
        node = child;
        if (node < 0) break;
        if (index.compiled.nodeStart[node + 1] > index.compiled.nodeStart[node]) candidates.push({ words: k - i + 1, index, node });
      }
    }
    let matched = 0;
    candidates.sort((a, b) => b.words - a.words);
    for (const { words, index, node } of candidates) {
      const hit = hitAt(text, index, node, words, tokens[i].word, map[tokens[i].start], map[tokens[i + words - 1].end - 1] + 1, ambiguous);
      if (!hit) continue;
      // "Moscow Mule", "Georgia Bulldogs", "Far East Movement": a place's name opening a longer name is not the place.
      if (hit.entityType === 'place' && opensLongerName(block, i + words, indexes) && !(headline ??= capitalisedThroughout(block))) continue;
      hits.push(hit);
      matched = words;
      break;
    }
    // "Moscow-based", "Kremlin-backed", "Moscow-Minsk": a name joined by a hyphen to another word.
    if (!matched && tokens[i].word.includes('-')) hitsInCompound(block, tokens[i], indexes, ambiguous, hits);
    i += matched || 1;
  }
  return hits;
}

/** Words that may follow a place's name with a capital and leave it the place: "Moscow Mayor Sobyanin", "Minsk Monday", "in Moscow I saw". */
const AFTER_PLACE = new Set([...TITLES, ...MONTHS_AND_DAYS, 'I']);

/**
 * Whether token k goes on a name that ends before it: a capitalised word
 * after nothing but a space, not a title, a date or the start of a corpus
 * name ("the Russia Ukraine war").
 */
function opensLongerName(block: BlockText, k: number, indexes: NameIndex[]): boolean {
  const { text, map, tokens } = block;
  if (k >= tokens.length) return false;
  const from = map[tokens[k - 1].end - 1] + 1;
  const at = map[tokens[k].start];
  const initial = text.charCodeAt(at);
  if (!(initial >= 65 && initial <= 90) || !/^ +$/.test(text.slice(from, at))) return false;
  if (AFTER_PLACE.has(text.slice(at, map[tokens[k].end - 1] + 1))) return false;
  return !indexes.some((index) => {
    const word = index.vocabulary.get(tokens[k].word);
    return word !== undefined && childOf(index.compiled.edges, 0, word) >= 0;
  });
}

/** Short words a headline in title case may leave in lower case. */
const HEADLINE_LOWER = new Set('a an the and but or nor for of in on at to by as from with into over amid vs via per'.split(' '));

/** Whether every word of a block but the short linking ones is capitalised: a headline in title case or capitals, or a list of names. */
function capitalisedThroughout(block: BlockText): boolean {
  for (const token of block.tokens) {
    const initial = block.text.charCodeAt(block.map[token.start]);
    if (initial >= 97 && initial <= 122 && !HEADLINE_LOWER.has(token.word)) return false;
  }
  return true;
}

/** The hit for the alias entries at trie node `node` of `index`, over text[start, end), or null where none may be read there. */
function hitAt(text: string, index: NameIndex, node: number, words: number, firstWord: string, start: number, end: number, ambiguous: Set<string>): NameHit | null {
  const c = index.compiled;
  const removed = index.removed;
  let entry = -1;
  for (let e = c.nodeStart[node]; e < c.nodeStart[node + 1] && entry < 0; e++) {
    if (c.entryKind[e] === SURNAME && words === 1 && ambiguous.has(firstWord)) continue;
    if (removed !== null && removed[c.entryEntity[e]] === 1) continue;
    entry = e;
  }
  if (entry < 0 || !looksLikeName(text, start, end, words, firstWord)) return null;
  const entity = c.entryEntity[entry];
  // An abbreviation's last period is the name's, though it may end the sentence too: "the U.S." is highlighted whole.
  if (c.entryText[entry].endsWith('.') && text.charCodeAt(end) === 46) end++;
  const hit: NameHit = {
    kind: 'name',
    start,
    end,
    entityId: c.entityIds[entity],
    entityType: ENTITY_TYPES[c.entityTypes[entity]],
    alias: c.entryText[entry],
    matchType: matchType(KIND_ORDER[c.entryKind[entry]]),
  };
  const others: string[] = [];
  for (let e = entry + 1; e < c.nodeStart[node + 1]; e++) {
    if (c.entryKind[e] === c.entryKind[entry] && c.entryEntity[e] !== entity && (removed === null || removed[c.entryEntity[e]] === 0)) others.push(c.entityIds[c.entryEntity[e]]);
  }
  if (others.length) hit.others = others;
  return hit;
}

/**
 * One-word names among the parts of a hyphenated word that is no name itself,
 * each capitalised as a name is. A surname alone is read there only beside an
 * affix ("anti-Putin") or other names ("Putin-Lukashenko"): "Smith-Jones" is
 * someone else than a corpus Smith.
 */
function hitsInCompound(block: BlockText, token: Token, indexes: NameIndex[], ambiguous: Set<string>, hits: NameHit[]): void {
  const { text, map } = block;
  const found: { hit: NameHit; surname: boolean }[] = [];
  let capitalisedParts = 0;
  const parts: { word: string; at: number }[] = [];
  let from = 0;
  for (const word of token.word.split('-')) {
    parts.push({ word, at: token.start + from });
    from += word.length + 1;
  }
  for (let p = 0; p < parts.length; p++) {
    const { word: part, at } = parts[p];
    if (part.length < 2) continue;
    const initial = text.charCodeAt(map[at]);
    if (!(initial >= 97 && initial <= 122)) capitalisedParts++;
    // A name of several words written joined: "Saint-Petersburg".
    const joined = longestJoined(parts, p, indexes);
    if (joined) {
      const last = parts[p + joined.words - 1];
      const hit = hitAt(text, joined.index, joined.node, joined.words, part, map[at], map[last.at + last.word.length - 1] + 1, ambiguous);
      if (hit) {
        hits.push(hit);
        for (let k = p + 1; k < p + joined.words; k++) if (text.charCodeAt(map[parts[k].at]) < 97) capitalisedParts++;
        p += joined.words - 1;
        continue;
      }
    }
    for (const index of indexes) {
      const word = index.vocabulary.get(part);
      const node = word === undefined ? -1 : childOf(index.compiled.edges, 0, word);
      if (node < 0 || index.compiled.nodeStart[node + 1] === index.compiled.nodeStart[node]) continue;
      const hit = hitAt(text, index, node, 1, part, map[at], map[at + part.length - 1] + 1, ambiguous);
      if (!hit) continue;
      found.push({ hit, surname: index.compiled.entryKind[index.compiled.nodeStart[node]] === SURNAME });
      break;
    }
  }
  const besideOthers = found.length === capitalisedParts;
  for (const { hit, surname } of found) if (!surname || besideOthers) hits.push(hit);
}

/** The longest name of two words or more that the parts from `first` on spell, in any segment's trie. */
function longestJoined(parts: { word: string }[], first: number, indexes: NameIndex[]): { index: NameIndex; node: number; words: number } | null {
  let best: { index: NameIndex; node: number; words: number } | null = null;
  for (const index of indexes) {
    let node = 0;
    for (let k = first; k < parts.length && k - first < MAX_WORDS; k++) {
      const word = index.vocabulary.get(parts[k].word);
      node = word === undefined ? -1 : childOf(index.compiled.edges, node, word);
      if (node < 0) break;
      const words = k - first + 1;
      if (words >= 2 && index.compiled.nodeStart[node + 1] > index.compiled.nodeStart[node] && (!best || words > best.words)) best = { index, node, words };
    }
  }
  return best;
}

/**
 * Words of a name sit next to each other: only spaces or hyphens between them,
 * a possessive ("Navalny's Anti-Corruption Foundation"), the dot of a short
 * title ("Ms. Claessens", "St. Petersburg") or a slash alone ("RFE/RL").
 */
function adjacent(normalized: string, previous: Token, from: number, to: number): boolean {
  if (to - from === 1 && normalized.charCodeAt(from) === 47) return true;
  for (let i = from; i < to; i++) {
    const code = normalized.charCodeAt(i);
    if (code === 32 || code === 45) continue;
    if (code === 46 && i === from && previous.end - previous.start <= 3) continue;
    if (code === 39 && i === from && normalized.charCodeAt(from - 1) === 115) continue; // "Passengers' Rights"
    return to - from === 3 && normalized.startsWith("'s ", from);
  }
  return true;
}

/**
 * Names are written with capitals ("Alexander Lukashenko", or ALL CAPS in a
 * headline); a word that is also ordinary English ("Changes") counts only
 * where capitalised mid-sentence.
 */
function looksLikeName(text: string, start: number, end: number, words: number, firstWord: string): boolean {
  const original = text.slice(start, end);
  const parts = original.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const capitalised = parts.every((w, i) => /^\P{L}*\p{Lu}/u.test(w) || PARTICLES.has(w) || (i > 0 && LINKS.has(w)) || /^(?:ex|then)-\p{Lu}/u.test(w));
  if (!capitalised) return false;
  if (words === 1 && COMMON.has(firstWord)) {
    const before = text.slice(Math.max(0, start - 8), start).trimEnd();
    const sentenceStart = before === '' || /[.!?:"“]$/.test(before);
    const allCaps = original === original.toUpperCase();
    return !sentenceStart && !allCaps;
  }
  return true;
}

function matchType(kind: AliasKind): NameMatchType {
  return kind === 'canonical' ? 'exact' : kind === 'transliteration' ? 'transliteration' : 'alias';
}
