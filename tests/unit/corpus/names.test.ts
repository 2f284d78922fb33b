import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../src/corpus/build-pack';

function namesOf(...paragraphs: string[]) {
  const pack = buildPack([{ key: 'names.txt', meta: { title: 'A story', published: '2025-02-20' }, raw: paragraphs.join('\n\n') }]);
  const byName = (name: string) => pack.entities.find((e) => e.name === name);
  return { pack, byName, names: pack.entities.map((e) => `${e.name} (${e.type})`).sort() };
}

describe('names', () => {
  it('strips titles from people, keeps the titled form as an alias, and attaches the surname', () => {
    const { byName } = namesOf('Transport Minister Elena Barrachina said on Wednesday that talks would resume.', 'Barrachina declined to say when.');
    const minister = byName('Elena Barrachina');
    expect(minister).toMatchObject({ type: 'person', description: 'Transport Minister' });
    expect(minister!.aliases.map((a) => a.text)).toEqual(expect.arrayContaining(['Barrachina', 'Transport Minister Elena Barrachina']));
    expect(minister!.mentions.map((m) => m.text)).toEqual(['Elena Barrachina', 'Barrachina']);
  });

  it('types by the head word, the gazetteer and the context', () => {
    const { names } = namesOf(
      'The Valencian Association of Agricultural Producers said exports to Germany fell, and the Port of Valencia was idle.',
      'Margaret Dunne, a retired nurse from Limerick, said bills fell. Prices rose in the Blackpool ward, she said.',
      'The Orange Revolution ended when Viktor Yanukovych lost, and the Nobel Prize went elsewhere.',
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Valencian Association of Agricultural Producers (organization)',
        'Germany (place)',
        'Port of Valencia (place)',
        'Margaret Dunne (person)',
        'Limerick (place)',
        'Blackpool (place)',
        'Orange Revolution (event)',
        'Viktor Yanukovych (person)',
        'Nobel Prize (other)',
      ]),
    );
  });

  it('reads a parenthesised acronym as the short form of the name before it, and not of common words', () => {
    const { byName, names } = namesOf(
      'Inflation fell, the National Statistics Office (NSO) said. The NSO will publish its index in March.',
      'The port handled 5.4 million twenty-foot equivalent units (TEU) last year.',
    );
    expect(byName('National Statistics Office')!.mentions.map((m) => m.text)).toEqual(['National Statistics Office', 'NSO', 'NSO']);
    expect(names.some((n) => n.startsWith('TEU'))).toBe(false);
  });

  it('leaves adjectives of origin, sentence-opening common nouns and titles alone', () => {
    const { names } = namesOf(
      'Exporters in the citrus belt were hit hard. Belarusian protesters and Russians marched.',
      'Police said the Russian government had been warned. Shares fell on Friday.',
      'Unions accepted the deal. The unions are strong here.',
    );
    expect(names).toEqual([]);
  });

  it('gives an organisation its short name where the document uses it as a noun', () => {
    const { byName } = namesOf('Meridian Terminals, a subsidiary of Straits Pacific Holdings, wants cranes.', 'Meridian’s chief executive said Meridian has lost clients.');
    expect(byName('Meridian Terminals')!.mentions.map((m) => m.text)).toEqual(['Meridian Terminals', 'Meridian', 'Meridian']);
  });

  it('merges one person across documents and spellings', () => {
    const pack = buildPack([
      { key: 'a.txt', meta: { title: 'A' }, raw: 'Opposition leader Alexander Lukashenko spoke in Minsk. Lukashenko left.' },
      { key: 'b.txt', meta: { title: 'B' }, raw: 'Alyaksandr Lukashenka replied in Minsk. Lukashenka smiled.' },
    ]);
    const people = pack.entities.filter((e) => e.type === 'person');
    expect(people).toHaveLength(1);
    expect(people[0].mentions.map((m) => m.text)).toEqual(['Alexander Lukashenko', 'Lukashenko', 'Alyaksandr Lukashenka', 'Lukashenka']);
  });

  it('names more with the rules than the tagger alone, and fewer wrong ones', () => {
    const text = ['Shares in Straits Pacific Holdings fell. Exporters in the citrus belt were hit.', 'Police detained Nigel Gould-Davies in St. Petersburg.'];
    const withRules = buildPack([{ key: 'x.txt', meta: { title: 'X' }, raw: text.join('\n\n') }]).entities.map((e) => e.name);
    const tagsOnly = buildPack([{ key: 'x.txt', meta: { title: 'X' }, raw: text.join('\n\n') }], { nameRules: false }).entities.map((e) => e.name);
    expect(withRules.sort()).toEqual(['Nigel Gould-Davies', 'St. Petersburg', 'Straits Pacific Holdings']);
    expect(tagsOnly).toEqual(expect.arrayContaining(['Shares', 'Exporters', 'Police']));
  });
});
