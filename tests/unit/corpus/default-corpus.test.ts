import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../src/corpus/build-pack';
import { parsePack } from '../../../src/corpus/validate-pack';
import { readAliasTable, readCorpusFolder } from '../../../scripts/read-corpus-folder';

const build = () => buildPack(readCorpusFolder('assets/corpus'), { aliasTable: readAliasTable('assets/corpus') });
const pack = build();
const entity = (id: string) => pack.entities.find((e) => e.id === id);
const aliases = (id: string) => entity(id)?.aliases.map((a) => a.text) ?? [];
const RFERL = 'doc:rferl-2021-01-belarus-protests-reverberate-on-russian-streets';

describe('ingesting the default corpus', () => {
  it.each([
    ['ent:alexander-lukashenko', 'person', ['Alexander Lukashenko', 'Alyaksandr Lukashenka', 'Lukashenko', 'Lukashenka']],
    ['ent:aleksei-navalny', 'person', ['Aleksei Navalny', 'Alexei Navalny', 'Navalny']],
    ['ent:svetlana-tikhanovskaya', 'person', ['Svetlana Tikhanovskaya', 'Tikhanovskaya', 'Sviatlana Tsikhanouskaya']],
    ['ent:vladimir-putin', 'person', ['Vladimir Putin', 'Putin']],
    ['ent:svetlana-alexievich', 'person', ['Svetlana Alexievich']],
    ['ent:ovd-info', 'organization', ['OVD-Info']],
    ['ent:nexta', 'organization', ['NEXTA']],
    ['ent:anti-corruption-foundation', 'organization', ['Anti-Corruption Foundation']],
    ['ent:human-rights-watch', 'organization', ['Human Rights Watch']],
    ['ent:st-petersburg', 'place', ['St. Petersburg']],
    ['ent:orange-revolution', 'event', ['Orange Revolution']],
  ])('finds %s (%s) under every spelling', (id, type, expected) => {
    expect(entity(id)?.type).toBe(type);
    expect(aliases(id)).toEqual(expect.arrayContaining(expected));
  });

  it('merges one person across documents and spellings, with every mention and a description', () => {
    const lukashenko = entity('ent:alexander-lukashenko')!;
    expect(new Set(lukashenko.mentions.map((m) => m.docId)).size).toBe(2);
    expect(lukashenko.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Lukashenko', 'Lukashenka', 'Alyaksandr Lukashenka']));
    expect(pack.entities.filter((e) => /lukashenk/i.test(e.name))).toHaveLength(1);
    expect(entity('ent:svetlana-tikhanovskaya')!.description).toBe('opposition leader');
    expect(entity('ent:alesia-rudnik')!.description).toBe('a Belarusian analyst based in Sweden');
    expect(entity('ent:svetlana-alexievich')!.description).toBe('Nobel Prize recipient, a prominent critic of Lukashenko');
    expect(entity('ent:ovd-info')!.description).toBe('independent monitor');
  });

  it('keeps ordinary words and chrome out of the names', () => {
    const names = pack.entities.map((e) => e.name);
    for (const junk of ['However', 'Indeed', 'Furthermore', 'Soviet-era', 'Breaking News', 'Long', 'January', 'Belarusian', 'Russians', 'Police', 'Protests']) expect(names).not.toContain(junk);
  });

  it('knows a common word as a name where the corpus uses it as one: the song "Changes", by its apposition', () => {
    expect(entity('ent:changes')).toMatchObject({ type: 'other', description: 'a Soviet-era dissident rock anthem' });
  });

  it('keeps titles as aliases, not as parts of the name', () => {
    expect(entity('ent:vladimir-putin')!.name).toBe('Vladimir Putin');
    expect(aliases('ent:vladimir-putin')).toContain('President Vladimir Putin');
    expect(aliases('ent:aleksandr-gorovoi')).toEqual(expect.arrayContaining(['Aleksandr Gorovoi', 'First Deputy Interior Minister Aleksandr Gorovoi']));
  });

  it.each([
    ['3,711 people detained on January 23', /detained 3,711 people on January 23/, { value: 3711, qualifier: 'exact', counted: 'people detained' }, '2021-01-23'],
    ['an estimated 40,000 at the Moscow rally', /estimated 40,000 attending the rally in Moscow/, { value: 40000, qualifier: 'estimated' }, null],
    ['protests in more than 100 cities and towns', /more than 100 cities and towns/, { value: 100, qualifier: 'more-than', counted: 'cities and towns' }, null],
    ['the $1.5 billion state loan', /\$1\.5 billion in the form of a state loan/, { value: 1.5e9, unit: 'usd' }, '2020-09'],
    ['nearly 15,000 killed in Donbas', /killed nearly 15,000 people/, { value: 15000, qualifier: 'nearly', counted: 'people killed' }, null],
    ['over 26 years in power', /reigning for over 26 years/, { value: 26, unit: 'years', qualifier: 'more-than', counted: 'years in power' }, null],
  ])('finds the claim: %s', (_name, text, figure, date) => {
    const claim = pack.claims.find((c) => text.test(c.text));
    expect(claim).toBeDefined();
    expect(claim!.figures).toEqual(expect.arrayContaining([expect.objectContaining(figure)]));
    if (date) expect(claim!.date).toBe(date);
  });

  it.each([
    ['At no stage was it a fight against Russia', 'ent:svetlana-tikhanovskaya'],
    ['(Belarusians) are very grateful to the Russians', 'ent:svetlana-tikhanovskaya'],
    ['Why are you silent when you see a small, proud nation', 'ent:svetlana-alexievich'],
    ['I am sure Belarusian protests inspired some Russians', 'ent:alesia-rudnik'],
    ['NEXTA also claims it is coordinating the Russian protests', 'ent:alexander-morozov'],
    ['Protests are taking place in cities such as Belgorod', 'ent:alexander-morozov'],
    ['The fact that Russian protesters express solidarity', 'ent:katsiaryna-shmatsina'],
    ['Although Russians are aware of recent events in Belarus', 'ent:nigel-gould-davies'],
    ['frustration and disillusion with a long-standing authoritarian system', 'ent:nigel-gould-davies'],
    ['The harshness of the Belarusian crackdown', 'ent:nigel-gould-davies'],
    ['Given the example of the political techniques tested in Belarus', 'ent:aleksandr-gorovoi'],
    ['Even though Putin understands that the protests in Russia', 'ent:alesia-rudnik'],
    ['For Lukashenka, I think the developing events in Russia', 'ent:oleg-chupryna'],
    ['The Russian demonstrations are not yet a real danger to Putin', 'ent:kenneth-yalowitz'],
    ['Both Putin and Lukashenka now face a common threat', 'ent:kenneth-yalowitz'],
  ])('attributes the quote "%s…" to its speaker', (start, speaker) => {
    const quote = pack.quotes.find((q) => q.text.startsWith(start));
    expect(quote?.speakerEntityId).toBe(speaker);
  });

  it('skips scare quotes and chants', () => {
    const texts = pack.quotes.map((q) => q.text);
    for (const phrase of ['brotherly love', 'color revolution', 'Long live Belarus!', 'unprecedented crackdown']) expect(texts).not.toContain(phrase);
  });

  it('drops page chrome, captions, the author bio and the legal notice from the text', () => {
    const rferl = pack.documents.find((d) => d.id === RFERL)!.text;
    for (const chrome of ['Accessibility links', 'Breaking News', 'please wait', 'No media source currently available', '0:00', '16x9 Image', 'undesirable organization', 'click here', 'is a senior correspondent', 'People clash with police']) {
      expect(rferl).not.toContain(chrome);
    }
    expect(rferl).toContain('When Russians took to the streets');
    expect(rferl.trimEnd().endsWith('more crackdowns."')).toBe(true);
  });

  it('splits sentences around abbreviations and keeps quotes whole', () => {
    const texts = pack.sentences.map((s) => s.text);
    expect(texts).toContain('“Why are you silent when you see a small, proud nation being trampled? We are still your brothers,” said Alexievich.');
    expect(texts.some((t) => t.startsWith('On Sept. 9, opposition leader Svetlana Tikhanovskaya'))).toBe(true);
    expect(texts.some((t) => t.includes('who served as U.S. ambassador to Belarus in the 1990s'))).toBe(true);
    expect(texts.some((t) => t.includes('in St. Petersburg') || t.includes('Moscow and St. Petersburg'))).toBe(true);
  });

  it('produces a valid pack whose every offset points at its text, the same on every build', () => {
    expect(() => parsePack(JSON.parse(JSON.stringify(pack)))).not.toThrow();
    expect(JSON.stringify(build())).toBe(JSON.stringify(pack));
  });
});
