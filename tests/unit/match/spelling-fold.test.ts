import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../src/corpus/build-pack';
import { quoteWords } from '../../../src/match/quotes';
import { aliasKeys } from '../../../src/match/names';
import { foldWords, spellingFold } from '../../../src/match/spelling-fold';
import type { EntityRecord } from '../../../src/shared/records';
import { readAliasTable, readCorpusFolder } from '../../../scripts/read-corpus-folder';

const pack = buildPack(readCorpusFolder('assets/corpus'), { aliasTable: readAliasTable('assets/corpus') });
const asMap = (pairs: string[]) => new Map(Array.from({ length: pairs.length / 2 }, (_, i) => [pairs[2 * i], pairs[2 * i + 1]] as [string, string]));
const fold = asMap(spellingFold(pack.entities, aliasKeys(pack.entities)));
const folded = (text: string) => foldWords(quoteWords(text), fold).join(' ');

const entity = (id: string, type: EntityRecord['type'], name: string, aliases: string[]): EntityRecord => ({
  id,
  type,
  name,
  aliases: [{ text: name, kind: 'canonical' }, ...aliases.map((text) => ({ text, kind: 'transliteration' as const }))],
  description: null,
  mentions: [],
  origin: 'user',
});

describe('spellings of a name folded to one', () => {
  it.each([
    ['Lukashenka', 'Lukashenko'],
    ['Alyaksandr Lukashenka', 'Alexander Lukashenko'],
    ['Aliaksandr Lukashenko', 'Aleksandr Lukashenka'],
    ['Sviatlana Tsikhanouskaya', 'Svetlana Tikhanovskaya'],
    ['Navalnyy', 'Navalny'],
  ])('%s reads as %s', (a, b) => {
    expect(folded(a)).toBe(folded(b));
  });

  it('leaves other words, and names of organisations, as they are', () => {
    expect(folded('Both Putin and the Belarusian protests')).toBe('both putin and the belarusian protests');
    expect(folded('Radio Free Europe')).toBe('radio free europe');
  });

  it('is the same whatever order the corpus lists its people in', () => {
    expect(spellingFold([...pack.entities].reverse(), aliasKeys([...pack.entities].reverse()))).toEqual(spellingFold(pack.entities, aliasKeys(pack.entities)));
  });

  it('joins the spellings two people share: a first name is one name', () => {
    const people = [entity('ent:a', 'person', 'Aleksandr Gorovoi', ['Alyaksandr Gorovoi']), entity('ent:b', 'person', 'Alexander Morozov', ['Alyaksandr Morozov'])];
    const pairs = asMap(spellingFold(people, aliasKeys(people)));
    expect(new Set(['aleksandr', 'alexander', 'alyaksandr'].map((w) => pairs.get(w) ?? w)).size).toBe(1);
    expect(pairs.get('gorovoi')).toBeUndefined();
  });
});
