import type { NameHit, NameMatchType } from '../shared/hits';
import type { AliasKind, EntityRecord, EntityType } from '../shared/records';
import { normalize, normalizeWithMap } from '../text/normalize';
import { tokenize, type Token } from '../text/tokens';

/** One alias as compiled: which entity, which spelling, and how it relates to the name. */
export interface CompiledAlias {
  entity: number;
  alias: string;
  kind: AliasKind;
}

export interface CompiledNames {
  entities: { id: string; type: EntityType }[];
  /** Normalized alias words joined by spaces → aliases with that key. */
  keys: [string, CompiledAlias[]][];
}

/** Single words that are ordinary English too: a name only where capitalised and not opening a sentence. */
const COMMON = new Set(
  'changes union state long far east west north south news service center centre party group channel prize watch court times post march may will august bill mark rose grant'.split(
    ' ',
  ),
);
const MAX_WORDS = 8;

/**
 * Compiles every alias of every entity into one index keyed by its words.
 * Surname-only aliases shared by two entities are dropped: "Putin" is
 * distinctive, a surname two people share is not.
 */
export function compileNames(entities: EntityRecord[]): CompiledNames {
  const keys = new Map<string, CompiledAlias[]>();
  const surnameOwners = new Map<string, Set<number>>();
  entities.forEach((entity, index) => {
    for (const alias of entity.aliases) {
      if (alias.kind !== 'surname') continue;
      const key = normalize(alias.text);
      surnameOwners.set(key, (surnameOwners.get(key) ?? new Set()).add(index));
    }
  });
  entities.forEach((entity, index) => {
    for (const alias of entity.aliases) {
      const words = tokenize(normalize(alias.text)).map((t) => t.word);
      if (!words.length || words.length > MAX_WORDS) continue;
      const key = words.join(' ');
      if (alias.kind === 'surname' && (surnameOwners.get(normalize(alias.text))?.size ?? 0) > 1) continue;
      const list = keys.get(key) ?? [];
      if (!list.some((a) => a.entity === index)) list.push({ entity: index, alias: alias.text, kind: alias.kind });
      keys.set(key, list);
    }
  });
  return {
    entities: entities.map((e) => ({ id: e.id, type: e.type })),
    keys: [...keys].sort(([a], [b]) => a.localeCompare(b)),
  };
}

/** The loaded index: alias keys, and for each first word the longest alias that starts with it. */
export class NameIndex {
  private readonly keys: Map<string, CompiledAlias[]>;
  private readonly longest = new Map<string, number>();

  constructor(private readonly compiled: CompiledNames) {
    this.keys = new Map(compiled.keys);
    for (const [key] of compiled.keys) {
      const words = key.split(' ');
      this.longest.set(words[0], Math.max(this.longest.get(words[0]) ?? 0, words.length));
    }
  }

  /** Names in `text`, longest match first, at word boundaries. One pass: each word looks up at most MAX_WORDS keys. */
  find(text: string): NameHit[] {
    const { text: normalized, map } = normalizeWithMap(text);
    const tokens = tokenize(normalized);
    const hits: NameHit[] = [];
    for (let i = 0; i < tokens.length; ) {
      const max = Math.min(this.longest.get(tokens[i].word) ?? 0, tokens.length - i);
      let matched = 0;
      for (let n = max; n >= 1 && !matched; n--) {
        const span = tokens.slice(i, i + n);
        if (!adjacent(normalized, span)) continue;
        const aliases = this.keys.get(span.map((t) => t.word).join(' '));
        if (!aliases) continue;
        const start = map[span[0].start];
        const end = map[span[n - 1].end - 1] + 1;
        const best = pick(aliases);
        if (!looksLikeName(text, start, end, n, span[0].word)) continue;
        const entity = this.compiled.entities[best.entity];
        hits.push({ kind: 'name', start, end, entityId: entity.id, entityType: entity.type, alias: best.alias, matchType: matchType(best.kind) });
        matched = n;
      }
      i += matched || 1;
    }
    return hits;
  }
}

/** Words of a name sit next to each other: no punctuation between them. */
function adjacent(normalized: string, span: Token[]): boolean {
  for (let k = 1; k < span.length; k++) {
    if (!/^[\s-]*$/.test(normalized.slice(span[k - 1].end, span[k].start)) && !/^'s\s$/.test(normalized.slice(span[k - 1].end, span[k].start))) return false;
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
  const parts = original.split(/[\s]+/).filter((w) => /\p{L}/u.test(w));
  const capitalised = parts.every((w) => /^\P{L}*\p{Lu}/u.test(w) || /^(?:of|for|and|de|von|van|al|bin)$/.test(w));
  if (!capitalised) return false;
  if (words === 1 && COMMON.has(firstWord)) {
    const before = text.slice(0, start).trimEnd();
    const sentenceStart = before === '' || /[.!?:"“]$/.test(before);
    const allCaps = original === original.toUpperCase();
    return !sentenceStart && !allCaps;
  }
  return true;
}

const KIND_ORDER: AliasKind[] = ['canonical', 'alias', 'surname', 'transliteration'];

function pick(aliases: CompiledAlias[]): CompiledAlias {
  return [...aliases].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))[0];
}

function matchType(kind: AliasKind): NameMatchType {
  return kind === 'canonical' ? 'exact' : kind === 'transliteration' ? 'transliteration' : 'alias';
}
