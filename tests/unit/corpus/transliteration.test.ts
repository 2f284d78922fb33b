import { describe, expect, it } from 'vitest';
import { defaultAliasTable, parseAliasTable } from '../../../src/corpus/alias-table';
import { crossedSpellings, translitKey, transliterationVariants } from '../../../src/corpus/transliteration';
import defaultAliases from '../../../assets/corpus/aliases.json';

/** Every spelling the rules give a name, the name included. */
const spellings = (name: string) => [name, ...transliterationVariants(name)];

describe('transliterationVariants', () => {
  it.each([
    ['Aleksei/Alexei/Alexey', 'Aleksei Navalny', ['Alexei Navalny', 'Alexey Navalny', 'Aleksey Navalny']],
    ['Alexei → Aleksei, Alexey', 'Alexei Navalny', ['Aleksei Navalny', 'Alexey Navalny']],
    ['Alexander/Aleksandr/Alyaksandr', 'Alexander Lukashenko', ['Aleksandr Lukashenko', 'Alyaksandr Lukashenko', 'Aliaksandr Lukashenko']],
    ['Alyaksandr → Alexander, Aleksandr', 'Alyaksandr Lukashenka', ['Alexander Lukashenka', 'Aleksandr Lukashenka', 'Alexander Lukashenko']],
    ['Svetlana/Sviatlana', 'Svetlana Alexievich', ['Sviatlana Alexievich', 'Svetlana Aleksievich']],
    ['Sviatlana → Svetlana', 'Sviatlana Tikhanovskaya', ['Svetlana Tikhanovskaya']],
    ['Lukashenko/Lukashenka', 'Alexander Lukashenko', ['Alexander Lukashenka', 'Lukashenka']],
    ['Lukashenka → Lukashenko', 'Alyaksandr Lukashenka', ['Alyaksandr Lukashenko', 'Lukashenko']],
    ['Navalny/Navalnyy', 'Aleksei Navalny', ['Aleksei Navalnyy', 'Navalnyy']],
    ['Navalnyy → Navalny', 'Aleksei Navalnyy', ['Aleksei Navalny', 'Navalny']],
    ['Navalny/Navalnyi', 'Aleksei Navalny', ['Aleksei Navalnyi', 'Navalnyi']],
    ['-sky → -ski, -skiy', 'Volodymyr Zelensky', ['Volodymyr Zelenski', 'Volodymyr Zelenskiy', 'Zelenski', 'Zelenskiy']],
    ['-skiy → -sky, -ski', 'Volodymyr Zelenskiy', ['Volodymyr Zelensky', 'Volodymyr Zelenski']],
    ['-ski → -sky, -skiy', 'Volodymyr Zelenski', ['Volodymyr Zelensky', 'Volodymyr Zelenskiy']],
    ['kh → h, capital included', 'Mikhail Khodorkovsky', ['Mikhail Hodorkovsky', 'Mihail Khodorkovsky', 'Mihail Hodorkovsky', 'Hodorkovsky']],
    ['kh → h and -sky → -skiy together', 'Mikhail Khodorkovsky', ['Mikhail Hodorkovskiy']],
    ['ya → ia', 'Yulia Navalnaya', ['Yulia Navalnaia', 'Navalnaia']],
    ['ia → ya', 'Sviatlana Tikhanovskaia', ['Sviatlana Tikhanovskaya']],
    ['yu → iu, capital included', 'Yulia Navalnaya', ['Iulia Navalnaya', 'Iulia Navalnaia']],
    ['iu → yu', 'Iulia Navalnaya', ['Yulia Navalnaya']],
    ['kh → h and ya → ia in one word', 'Svetlana Tikhanovskaya', ['Svetlana Tihanovskaia', 'Sviatlana Tihanovskaia', 'Tihanovskaia']],
  ])('%s', (_pair, name, expected) => {
    expect(transliterationVariants(name)).toEqual(expect.arrayContaining(expected));
  });

  it('keeps the number of spellings small', () => {
    for (const name of ['Alexander Lukashenko', 'Svetlana Tikhanovskaya', 'Mikhail Khodorkovsky', 'Yulia Navalnaya', 'Aleksei Navalny', 'Alyaksandr Ryhoravich Lukashenka']) {
      const variants = transliterationVariants(name);
      expect(variants.length).toBeLessThanOrEqual(16);
      expect(new Set(variants).size).toBe(variants.length);
      expect(variants).not.toContain(name);
    }
  });

  it('puts the closest spellings first: one change before two', () => {
    const variants = transliterationVariants('Mikhail Khodorkovsky');
    expect(variants.indexOf('Mikhail Hodorkovsky')).toBeLessThan(variants.indexOf('Mihail Hodorkovskiy'));
  });

  it('keeps a middle name as it is', () => {
    expect(transliterationVariants('Alexander Grigoryevich Lukashenko')).toContain('Alexander Grigoryevich Lukashenka');
  });

  it('writes a national form as listed, without letter rules on it', () => {
    expect(transliterationVariants('Alexander Lukashenko').some((v) => /Alyaksander|Alyaxandr/.test(v))).toBe(false);
  });

  it('gives a one-word name no full-name spellings', () => {
    expect(transliterationVariants('Navalny')).toEqual([]);
  });
});

describe('crossedSpellings', () => {
  it('crosses the given names of some spellings with the surnames of others', () => {
    expect(crossedSpellings(['Svetlana Tikhanovskaya', 'Sviatlana Tsikhanouskaya'])).toEqual(['Sviatlana Tikhanovskaya', 'Svetlana Tsikhanouskaya']);
  });

  it('takes the first and last word, and leaves titles out', () => {
    expect(crossedSpellings(['President Alexander Grigoryevich Lukashenko', 'Alyaksandr Lukashenka'])).toEqual(['Alyaksandr Lukashenko', 'Alexander Lukashenka']);
    expect(crossedSpellings(['President Vladimir Putin', 'Vladimir Putin'])).toEqual([]);
  });

  it('gives nothing for one spelling or surnames alone', () => {
    expect(crossedSpellings(['Aleksei Navalny'])).toEqual([]);
    expect(crossedSpellings(['Navalny', 'Navalnyy'])).toEqual([]);
  });

  it('keeps to 16 spellings', () => {
    const many = Array.from({ length: 10 }, (_, i) => `Given${'abcdefghij'[i]} Surname${'abcdefghij'[i]}`);
    expect(crossedSpellings(many)).toHaveLength(16);
  });
});

describe('translitKey', () => {
  it.each([
    ['Aleksei', 'Alexei', 'Alexey'],
    ['Alexander', 'Aleksandr', 'Alyaksandr'],
    ['Svetlana', 'Sviatlana'],
    ['Lukashenko', 'Lukashenka'],
    ['Navalny', 'Navalnyy'],
    ['Zelensky', 'Zelenski', 'Zelenskiy'],
    ['Khodorkovsky', 'Hodorkovsky'],
    ['Tikhanovskaya', 'Tihanovskaia'],
    ['Yulia', 'Iulia'],
    ['Sergei', 'Sergey', 'Siarhei'],
  ])('folds %s to one key with its other spellings', (...names) => {
    expect(new Set(names.map(translitKey)).size).toBe(1);
  });

  it('folds every spelling the rules generate to the key of the name', () => {
    for (const name of ['Aleksei Navalny', 'Svetlana Tikhanovskaya', 'Mikhail Khodorkovsky', 'Volodymyr Zelensky']) {
      const key = (full: string) => full.split(' ').map(translitKey).join(' ');
      for (const variant of transliterationVariants(name).filter((v) => v.includes(' '))) expect(key(variant)).toBe(key(name));
    }
  });

  it('keeps different names apart', () => {
    expect(translitKey('Navalny')).not.toBe(translitKey('Putin'));
    expect(translitKey('Svetlana')).not.toBe(translitKey('Sergei'));
  });
});

describe('the alias table', () => {
  it('lists only spellings no rule derives', () => {
    for (const entry of defaultAliasTable().entities) {
      const derived = new Set(spellings(entry.name));
      for (const alias of entry.aliases) expect(derived.has(alias), `${alias} is derived from ${entry.name}`).toBe(false);
    }
  });

  it('reads the default table', () => {
    expect(defaultAliasTable().entities.find((e) => e.name === 'Svetlana Tikhanovskaya')?.aliases).toContain('Sviatlana Tsikhanouskaya');
    expect(parseAliasTable(defaultAliases, 'aliases.json')).toEqual(defaultAliasTable());
  });

  it.each([
    ['no entities', { about: 'x' }, /aliases\.json: not a valid alias table: entities: /],
    ['entities not a list', { entities: {} }, /entities: /],
    ['an entry without aliases', { entities: [{ name: 'A B' }] }, /entities\.0\.aliases: /],
    ['an empty alias', { entities: [{ name: 'A B', aliases: [' '] }] }, /entities\.0\.aliases\.0: expected a non-empty spelling/],
    ['a misspelt key', { entities: [{ name: 'A B', alias: ['C'] }] }, /entities\.0\./],
    ['a name that is not text', { entities: [{ name: 3, aliases: ['C'] }] }, /entities\.0\.name: /],
    ['not an object', [], /not a valid alias table/],
  ])('refuses a table with %s, saying where', (_what, data, message) => {
    expect(() => parseAliasTable(data, 'aliases.json')).toThrow(message);
  });
});
