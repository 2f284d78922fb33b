import type { EntityRecord } from '../shared/records';
import { normalize } from '../text/normalize';
import { translitKey } from './transliteration';

/**
 * When two entity records are one entity, told without the NLP pipeline: the
 * database uses it to merge a user's import into what is stored, so it stays
 * light (no tagger, no model).
 */

export function slug(name: string): string {
  return normalize(name)
    .replace(/['.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A person's name as one key: its words by transliteration key ("Alyaksandr Lukashenka" and "Alexander Lukashenko" meet). */
export function personKey(words: string[]): string {
  return words.map(translitKey).join(' ');
}

type Named = Pick<EntityRecord, 'type' | 'name' | 'aliases'>;

/**
 * Keys that name an entity: its name and aliases but surnames alone (several
 * people bear one) — for people every full name of two words or more by
 * transliteration key, so any spelling the rules give meets the others; for
 * the rest the normalised spellings ("FBK", "Anti-Corruption Foundation").
 */
export function nameKeys(entity: Named): string[] {
  const keys = new Set<string>();
  for (const form of [entity.name, ...entity.aliases.filter((a) => a.kind !== 'surname').map((a) => a.text)]) {
    const plain = normalize(form).replace(/'s\b/g, '').trim();
    if (entity.type !== 'person') keys.add(plain);
    else if (plain.includes(' ')) keys.add(personKey(plain.split(' ')));
  }
  return [...keys];
}

/** Whether two records are one entity: the same kind, and a full name in common by spelling or transliteration key. */
export function sameEntity(a: Named, b: Named): boolean {
  if (a.type !== b.type) return false;
  const keys = new Set(nameKeys(a));
  return nameKeys(b).some((key) => keys.has(key));
}
