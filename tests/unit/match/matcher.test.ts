import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../src/corpus/build-pack';
import { compileSegment, loadMatcher } from '../../../src/match';
import type { ClaimHit, Hit, NameHit, QuoteHit } from '../../../src/shared/hits';
import type { EntityRecord } from '../../../src/shared/records';
import { readAliasTable, readCorpusFolder } from '../../../scripts/read-corpus-folder';

const pack = buildPack(readCorpusFolder('assets/corpus'), { aliasTable: readAliasTable('assets/corpus') });
const compiled = compileSegment(pack);
const matcher = loadMatcher([structuredClone(compiled)]); // as stored in IndexedDB and loaded back
const match = (text: string) => matcher.matchBlock(text, { pageDate: '2021-02-02' });
const names = (text: string) => match(text).filter((h): h is NameHit => h.kind === 'name').map((h) => [text.slice(h.start, h.end), h.entityId, h.matchType]);
const claim = (text: string) => match(text).find((h): h is ClaimHit => h.kind === 'claim');
const quote = (text: string) => match(text).find((h): h is QuoteHit => h.kind === 'quote');

describe('names', () => {
  it.each([
    ['Alexander Lukashenko spoke.', [['Alexander Lukashenko', 'ent:alexander-lukashenko', 'exact']]],
    ['Alyaksandr Lukashenka spoke.', [['Alyaksandr Lukashenka', 'ent:alexander-lukashenko', 'alias']]],
    ['Then Lukashenko’s allies left.', [['Lukashenko', 'ent:alexander-lukashenko', 'alias']]],
    ['Alexey Navalny returned.', [['Alexey Navalny', 'ent:aleksei-navalny', 'transliteration']]],
    ['LUKASHENKO CRACKS DOWN', [['LUKASHENKO', 'ent:alexander-lukashenko', 'alias']]],
    ['Sviatlana Tsikhanouskaya met OVD-Info staff.', [['Sviatlana Tsikhanouskaya', 'ent:svetlana-tikhanovskaya', 'alias'], ['OVD-Info', 'ent:ovd-info', 'exact']]],
    ['President Vladimir Putin and the Anti-Corruption Foundation', [['President Vladimir Putin', 'ent:vladimir-putin', 'alias'], ['Anti-Corruption Foundation', 'ent:anti-corruption-foundation', 'exact']]],
    ['Vladimir Putin and Putin’s allies', [['Vladimir Putin', 'ent:vladimir-putin', 'exact'], ['Putin', 'ent:vladimir-putin', 'alias']]],
    // A slash alone joins the words of a name, as the name writes it.
    ['Morozov told RFE/RL’s Belarus Service.', [['Morozov', 'ent:alexander-morozov', 'alias'], ['RFE/RL', 'ent:rfe-rl', 'exact'], ['Belarus Service', 'ent:belarus-service', 'exact']]],
    ['Radio Free Europe/Radio Liberty reported it.', [['Radio Free Europe/Radio Liberty', 'ent:rfe-rl', 'alias']]],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Sviatlana\u00a0Tsikhanouskaya  spoke.', [['Sviatlana\u00a0Tsikhanouskaya', 'ent:svetlana-tikhanovskaya', 'alias']]],
    ['Navalny’s team and Navalny\'s lawyers', [['Navalny', 'ent:aleksei-navalny', 'alias'], ['Navalny', 'ent:aleksei-navalny', 'alias']]],
    ['Sviatlána Tsikhanóuskaya met Putin.', [['Sviatlána Tsikhanóuskaya', 'ent:svetlana-tikhanovskaya', 'alias'], ['Putin', 'ent:vladimir-putin', 'alias']]],
    ['OVD–Info counted.', [['OVD–Info', 'ent:ovd-info', 'exact']]],
    ['Aleksey Navalny and Alyaksandr Lukashenko', [['Aleksey Navalny', 'ent:aleksei-navalny', 'transliteration'], ['Alyaksandr Lukashenko', 'ent:alexander-lukashenko', 'transliteration']]],
    ['Navalnyy’s rallies', [['Navalnyy', 'ent:aleksei-navalny', 'transliteration']]],
    // The given name as one source writes it, the surname as another (the alias table's Belarusian form).
    ['Svetlana Tsikhanouskaya fled.', [['Svetlana Tsikhanouskaya', 'ent:svetlana-tikhanovskaya', 'transliteration']]],
    ['Aleksei Navalnyi returned.', [['Aleksei Navalnyi', 'ent:aleksei-navalny', 'transliteration']]],
    // A place's "St." written in full.
    ['Police in Saint Petersburg detained dozens.', [['Saint Petersburg', 'ent:st-petersburg', 'alias']]],
    // Written with a hyphen, as some outlets do, and in a compound of names.
    ['Police in Saint-Petersburg detained dozens.', [['Saint-Petersburg', 'ent:st-petersburg', 'alias']]],
    ['The Moscow-Saint-Petersburg train.', [['Moscow', 'ent:moscow', 'exact'], ['Saint-Petersburg', 'ent:st-petersburg', 'alias']]],
    // A hyphen written as a space; a Russian patronymic between given name and surname; -oy for -oi.
    ['OVD Info said.', [['OVD Info', 'ent:ovd-info', 'exact']]],
    ['The Anti Corruption Foundation said.', [['Anti Corruption Foundation', 'ent:anti-corruption-foundation', 'exact']]],
    ['Alexey Anatolyevich Navalny was born in 1976.', [['Alexey Anatolyevich Navalny', 'ent:aleksei-navalny', 'transliteration']]],
    ['Vladimir Vladimirovich Putin spoke.', [['Vladimir Vladimirovich Putin', 'ent:vladimir-putin', 'exact']]],
    ['Aleksandr Gorovoy spoke.', [['Aleksandr Gorovoy', 'ent:aleksandr-gorovoi', 'transliteration']]],
    // An abbreviation's last period is the name's, though it ends the sentence too.
    ['Sanctions came from the U.S.', [['U.S.', 'ent:us', 'exact']]],
    ['The U.S. imposed sanctions.', [['U.S.', 'ent:us', 'exact']]],
  ])('normalises case, diacritics, apostrophes, hyphens and spaces: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('reads a word that is also ordinary English as a name only where a name stands', () => {
    // "Changes" is a song the corpus names: a name mid-sentence, capitalised; not at a sentence start, not in lower case.
    expect(names('They played Changes, a rock anthem.')).toEqual([['Changes', 'ent:changes', 'exact']]);
    expect(names('Changes are coming.')).toEqual([]);
    expect(names('the union and the changes')).toEqual([]);
  });

  it('reads a name inside a hyphenated word, and a surname there only beside an affix or other names', () => {
    expect(names('A Moscow-based analyst, pro-Kremlin media and a Kremlin-backed candidate.')).toEqual([
      ['Moscow', 'ent:moscow', 'exact'],
      ['Kremlin', 'ent:kremlin', 'exact'],
      ['Kremlin', 'ent:kremlin', 'exact'],
    ]);
    expect(names('an anti-Putin rally before the Putin-Lukashenko talks')).toEqual([
      ['Putin', 'ent:vladimir-putin', 'alias'],
      ['Putin', 'ent:vladimir-putin', 'alias'],
      ['Lukashenko', 'ent:alexander-lukashenko', 'alias'],
    ]);
    // A double-barrelled name is someone else's; hyphenated names of the corpus are read whole.
    expect(names('Mr Morozov-Smith spoke.')).toEqual([]);
    expect(names('Gould-Davies and OVD-Info')).toEqual([
      ['Gould-Davies', 'ent:nigel-gould-davies', 'alias'],
      ['OVD-Info', 'ent:ovd-info', 'exact'],
    ]);
    expect(names('a changes-era song and a union-wide vote')).toEqual([]);
  });

  it('prefers the longest match', () => {
    expect(names('Human Rights Watch said')).toEqual([['Human Rights Watch', 'ent:human-rights-watch', 'exact']]);
  });

  it.each([
    ['Moscow Mule cocktails are made with vodka and ginger beer.', []],
    ['The Georgia Bulldogs beat Alabama in Atlanta on Saturday.', []],
    ['Belarusian hockey fans cheered as Minsk Dynamo won in overtime.', []],
    ['The Far East Movement topped the charts in 2010.', []],
    // A title, a day, "I" after it; a headline whose every word is capitalised, where no longer name can be told.
    ['Moscow Mayor Sergei Sobyanin banned the rally.', ['Moscow']],
    ['Protesters marched in Moscow Saturday.', ['Moscow']],
    ['In Moscow I saw the rally.', ['Moscow']],
    ['The Russia Ukraine war began in 2014.', ['Russia', 'Ukraine']],
    ['Minsk, Moscow, And Beyond: Belarus Protests Reverberate On Russian Streets', ['Minsk', 'Moscow', 'Belarus']],
  ])('reads no place whose name opens a longer name: %s', (text, found) => {
    expect(names(text).map(([name]) => name)).toEqual(found);
  });

  it('never reads ordinary or lower-case words as names', () => {
    expect(names('the putin-style changes to the union and navalny fans')).toEqual([]);
  });

  it('reads a name with lower-case particles, linking words or a title prefix whole', () => {
    const person = (id: string, aliases: string[]): EntityRecord => ({
      id,
      type: 'person',
      name: aliases[0],
      aliases: aliases.map((text, i) => ({ text, kind: i === 0 ? 'canonical' : text.includes(' ') ? 'alias' : 'surname' })),
      description: null,
      mentions: [],
      origin: 'user',
    });
    const front = { ...person('ent:front-for-the-united-kingdom', ['Front for the United Kingdom']), type: 'organization' as const };
    const people = loadMatcher([
      compileSegment({ entities: [person('ent:anouk-van-der-veen', ['Anouk van der Veen', 'Veen']), person('ent:sergei-furgal', ['Sergei Furgal', 'ex-Governor Sergei Furgal']), front], claims: [], quotes: [] }),
    ]);
    const found = (text: string) => people.matchBlock(text).map((h) => text.slice(h.start, h.end));
    expect(found('“It should worry all of us,” said Anouk van der Veen.')).toEqual(['Anouk van der Veen']);
    expect(found('Crowds backed ex-Governor Sergei Furgal.')).toEqual(['ex-Governor Sergei Furgal']);
    expect(found('The Front for the United Kingdom marched.')).toEqual(['Front for the United Kingdom']);
  });

  it('does not glue a name across punctuation', () => {
    expect(names('Alexander. Lukashenko')).toEqual([['Lukashenko', 'ent:alexander-lukashenko', 'alias']]);
  });
});

describe('claim verdicts', () => {
  it.each([
    ['Police detained more than 3,700 people on January 23, according to OVD-Info.', 'supported', 'more than 3,700'],
    ['Police detained 3,711 people on January 23 in Russia, OVD-Info said.', 'supported', '3,711'],
    ['About 40,000 people attended the rally in Moscow, with demonstrations in more than 100 cities and towns.', 'supported', null],
    ['Alyaksandr Lukashenka has ruled Belarus for more than 26 years.', 'supported', 'more than 26 years'],
    ['Vladimir Putin promised Lukashenka a $3 billion state loan.', 'contradicted', '$3 billion'],
    // The page is of February 2021, the source of September 2020: a time in power is compared by when it began.
    ['Lukashenko has ruled for roughly 20 years.', 'contradicted', 'roughly 20 years (since about 2001)'],
    ['Police detained fewer than 1,000 people on January 23, according to OVD-Info.', 'contradicted', 'fewer than 1,000'],
    // The day is compared as a figure is: written on both sides and the same, it supports; without one, nothing is compared.
    ['Police detained protesters on January 23, according to OVD-Info.', 'supported', null],
    ['Police detained protesters in Russia, according to OVD-Info.', 'related', null],
    // The same day of another year is another event (a rally every January 23, an anniversary), not a wrong date.
    ['On January 23, 2022, protesters in Russia rallied again, OVD-Info said.', 'related', null],
    ['Police detained more than 4,000 people on January 23, according to OVD-Info.', 'contradicted', 'more than 4,000'],
    ['OVD-Info said police detained 3,711 people on January 24.', 'contradicted', null],
    // The day and a figure that agrees, written otherwise than the source's: looked at without a name.
    ['Police detained almost 4,000 people across Russia on January 23.', 'supported', 'almost 4,000'],
    ['Thousands of people were detained across Russia on January 23.', 'supported', 'Thousands'],
    ['An estimated 40,000 people attended the rally in Moscow.', 'supported', 'An estimated 40,000'],
    ['About 50,000 people attended the rally in Moscow.', 'contradicted', 'About 50,000'],
    // A term in prison is not "15 years ago", when the murders he is charged with took place.
    ['Furgal was sentenced to 22 years in prison for ordering the murders of two businessmen.', 'supported', 'two'],
    // A range: at least the one and at most the other; a scale joined by a hyphen; decades as years.
    ['Between 3,000 and 4,000 people were detained on January 23, according to OVD-Info.', 'supported', 'Between 3,000 and 4,000'],
    ['Between 1,000 and 2,000 people were detained on January 23, according to OVD-Info.', 'contradicted', 'Between 1,000 and 2,000'],
    ['Vladimir Putin promised Lukashenka a $1.5-billion state loan.', 'supported', '$1.5-billion'],
    ['Lukashenko has ruled Belarus for more than two decades.', 'supported', 'more than two decades'],
    // Durations in another unit, where they say what lasted: the source's "month-long standoff", its "over 26 years" of rule.
    ['Neither Lukashenko nor the opposition has gained the upper hand in the year-long standoff.', 'contradicted', 'year-long'],
    ['Lukashenko has ruled for 312 months.', 'supported', '312 months'],
    // The part of a count ("including 1,400 in Moscow") is no total; protesters detained are not those attending.
    ['Police in Russia detained about 3,700 protesters on Jan 23, including 1,400 in Moscow.', 'supported', 'about 3,700'],
    // Set against the people at the rally, not against "more than 100 cities and towns", which it would fit.
    ['Moscow police said 4,000 people took part in the rally.', 'contradicted', '4,000'],
    ['The war in Donbas killed nearly 15,000 people.', 'supported', 'nearly 15,000'],
    ['The war in Donbas killed more than 20,000 people.', 'contradicted', 'more than 20,000'],
    // Detentions are people detained; lives claimed are people killed.
    ['OVD-Info counted 3,711 detentions on January 23, a record.', 'supported', '3,711'],
    ['The conflict in Donbas has claimed roughly 14,000 lives.', 'supported', 'roughly 14,000'],
    // Another day and another time before an event: the same occasion told wrong, not another occasion (that is a count's).
    ['Gorovoi spoke on January 20, three days before the protests.', 'contradicted', 'three days'],
    // "About 13,000" is 12,350 to 13,650; "nearly 15,000" is 14,000 to 15,000.
    ['About 13,000 people were killed in the war in Donbas.', 'contradicted', 'About 13,000'],
    ['Lukashenko, the dictator reigning for more than 26 years, enraged his neighbours.', 'supported', 'more than 26 years'],
    // When his rule began, against "reigning for over 26 years" written in September 2020; the page is of February 2021.
    ['Lukashenko has ruled Belarus since 1994.', 'supported', 'since 1994'],
    ['Alexander Lukashenko, in power since 1994, enraged his democratic neighbours.', 'supported', 'since 1994'],
    ['Lukashenko, who has ruled since 2001, enraged his democratic neighbours.', 'contradicted', 'since 2001'],
    ['Lukashenko has been in power for 24 years.', 'contradicted', '24 years (since 1996 or 1997)'],
    ['Lukashenko has been in power for 27 years.', 'supported', '27 years'],
    // One fact of a long source sentence ("In 2014, after the EuroMaidan Revolution ousted …, Russia occupied Crimea, …").
    ['Russia occupied Crimea in 2014.', 'supported', null],
    // The day and the figure of a long source sentence, without its names or most of its words.
    ['Police detained more than 3,700 people on January 23.', 'supported', 'more than 3,700'],
    // "Russian cities" is about Russia, as "cities in Russia" is.
    ['Protests took place in over 100 Russian cities and towns.', 'supported', 'over 100'],
    // "Belarusians" is about Belarus, as "Belarusian" is.
    ['Protests erupted last August after an election tens of thousands of Belarusians believe was rigged.', 'supported', 'tens of thousands'],
  ])('%s → %s', (text, verdict, pageFigure) => {
    const hit = claim(text);
    expect(hit?.verdict).toBe(verdict);
    if (pageFigure) expect(hit?.pageFigure).toBe(pageFigure);
    expect(hit?.reason).toBeTruthy();
  });

  it('takes a name and a bare count for no claim: the name\'s own word is not a word in common', () => {
    // "Russia" is a name and a word of the sentence; 144 million meets "more than 100 cities and towns" as any count would.
    expect(claim('Russia, a country of 144 million, has 11 time zones.')).toBeUndefined();
    // So is "people" alone: 3,000 people detained are not the source's 15,000 killed in Donbas, though Russia is in both.
    expect(claim("More than 3,000 people, including Navalny's wife Yulia, were detained across Russia.")?.claimId).not.toBe(
      'doc:kyivpost-2020-09-kremlin-wont-help#c4',
    );
    // A figure that says what it counts, or a word of what happened, still makes the same fact.
    expect(claim('Lukashenko, 66, faces the largest protests in the country.')?.verdict).toBe('supported');
    // A parade in Moscow is not the rally the source counted there.
    expect(claim('Moscow hosted the parade on May 9, with 10,000 troops marching on Red Square.')).toBeUndefined();
  });

  it('takes the title before a name for part of the name, not for what happened', () => {
    // The source: "opposition leader Svetlana Tikhanovskaya … recorded a video address to the Russian people".
    expect(claim('Opposition leader Svetlana Tsikhanouskaya fled to Lithuania.')).toBeUndefined();
    expect(claim('Opposition leader Svetlana Tikhanovskaya recorded a video address to the Russian people.')?.verdict).toBe('related');
  });

  it('sets no count of one kind of event against a count of another', () => {
    // The source: "an estimated 40,000 attending the rally in Moscow".
    expect(claim("About 1,500 people attended Navalny's funeral in Moscow.")).toBeUndefined();
    expect(claim('Some 20,000 people rallied in Moscow, according to Reuters.')?.verdict).toBe('contradicted');
    // The source: "started a war that killed nearly 15,000 people".
    expect(claim('An earthquake in Crimea killed nearly 15,000 people in 2014.')).toBeUndefined();
    expect(claim('The war in Donbas killed about 15,000 people.')?.verdict).toBe('supported');
  });

  it("sets no count of a place against a claim's count of other places", () => {
    // The source's 40,000 attended in Moscow; its sentence names Russia and Moscow, not St. Petersburg.
    const hit = claim('Demonstrations were reported in over 100 cities, with some 4,000 people attending in St. Petersburg.');
    expect(hit?.verdict).toBe('supported');
    expect(hit?.pageFigure).toBe('over 100');
    expect(claim('Some 4,000 people attended the rally in Moscow.')?.verdict).toBe('contradicted');
  });

  it("compares a city's count with a count of no stated place only where it agrees; a country's in full", () => {
    // The source: "Police were reported to have detained 3,711 people on January 23", across Russia.
    expect(claim('Police detained 26 people in Yakutsk, OVD-Info said.')).toMatchObject({
      verdict: 'related',
      pageFigure: null,
      reason: "Same subject as a source claim; the page's figure is for Yakutsk, the source's is not.",
    });
    expect(claim('Police detained 1,200 people in Russia on January 23, OVD-Info said.')?.verdict).toBe('contradicted');
    expect(claim('Police detained 3,711 people on January 23 in Russia, OVD-Info said.')?.verdict).toBe('supported');
  });

  it('takes another day with another figure for another occasion, not for a wrong count', () => {
    // The source: 3,711 detained on January 23. The next weekend's protests were counted apart.
    expect(claim('Police detained more than 5,000 people across Russia on January 31, OVD-Info said.')).toBeUndefined();
    // One of the two alone differing contradicts.
    expect(claim('Police detained more than 5,000 people across Russia on January 23, OVD-Info said.')?.verdict).toBe('contradicted');
    expect(claim('OVD-Info said police detained 3,711 people on January 24.')?.verdict).toBe('contradicted');
  });

  it('takes an open figure far from the source\'s for another count, not a report of it', () => {
    // "More than 400" is no writer's rounding of 3,711: the vigils of another year, not the source's January 23.
    expect(claim('More than 400 people were detained at vigils for Navalny across Russia, OVD-Info said.')).toBeUndefined();
    expect(claim('More than 3,000 people were detained across Russia, OVD-Info said.')?.verdict).toBe('supported');
  });

  it('sets a duration that says nothing of what lasted against no other unit', () => {
    expect(claim('Lukashenko spoke for two hours on state television.')).toBeUndefined();
  });

  it("compares an age or a time in power only with the same person's", () => {
    // The source's "dictator reigning for over 26 years" is Lukashenko; Russia is named in both.
    expect(claim('Putin has ruled Russia since 2000, first as president, then as prime minister.')).toBeUndefined();
    expect(claim('Lukashenko has ruled Belarus since 2001.')?.verdict).toBe('contradicted');
  });

  it('takes a headline\'s time since an event for no claim: "two years on" is not ten years of anything', () => {
    // The source: "Ten years prior, during the Orange Revolution, Russia was actively preaching for …".
    expect(claim('Russia protests, two years on')).toBeUndefined();
  });

  it('finds a restated record without figures or names, and takes a sentence with neither for no claim', () => {
    expect(claim('The independent monitor said the number of people detained was a record in its decade of tracking arrests.')?.verdict).toBe('related');
    expect(claim('Police were reported to have detained people, the independent monitor said.')).toBeUndefined();
  });

  it('gives the dates it compared in the words a reader writes them', () => {
    expect(claim('Navalny returned to Russia on January 17 from Germany.')).toMatchObject({ verdict: 'supported', reason: 'Same date as the source: January 17, 2021.' });
    expect(claim('Navalny returned to Russia on January 18 from Germany.')).toMatchObject({
      verdict: 'contradicted',
      reason: 'Different date: the page says January 18, 2021, the source says January 17, 2021.',
    });
  });

  it('shows both figures for the card', () => {
    expect(claim('Vladimir Putin promised Lukashenka a $3 billion state loan.')).toMatchObject({ pageFigure: '$3 billion', corpusFigure: '$1.5 billion' });
    expect(claim('Lukashenko, who has ruled since 2001, enraged his democratic neighbours.')).toMatchObject({
      pageFigure: 'since 2001',
      corpusFigure: 'since 1994 or earlier',
      reason: 'Different start: the page says since 2001, the source says since 1994 or earlier.',
    });
  });

  it('reckons a time in power from the date of the page, and not from today', () => {
    // Four years on, 27 years in power began after the source's 1994: a page of 2024 is contradicted, one without a date is not judged on it.
    const judged = (pageDate: string | null) =>
      matcher.matchBlock('Lukashenko has been in power for 27 years.', { pageDate }).find((h): h is ClaimHit => h.kind === 'claim');
    expect(judged('2024-05-01')).toMatchObject({ verdict: 'contradicted', pageFigure: '27 years (since 1996 or 1997)', corpusFigure: 'since 1994 or earlier' });
    expect(judged(null)).toMatchObject({ verdict: 'supported', pageFigure: '27 years' });
  });

  it('does not contradict a source by a day and a figure alone: the count may be of another place', () => {
    expect(claim('Police detained 1,200 people on January 23.')).toBeUndefined();
    expect(claim('On January 23, police in Belarus detained 200 people.')).toBeUndefined();
  });

  it('reckons ages to a year of birth: a page years later gives the same man another age', () => {
    // The source calls him "the 66-year-old" in January 2021.
    const judged = (text: string, pageDate: string) => matcher.matchBlock(text, { pageDate }).find((h): h is ClaimHit => h.kind === 'claim');
    expect(judged('The 66-year-old Lukashenko faces protests over the election.', '2021-02-02')).toMatchObject({ verdict: 'supported', pageFigure: '66-year-old' });
    expect(judged('The 70-year-old Lukashenko faces protests over the election.', '2021-02-02')?.verdict).toBe('contradicted');
    // A year older a few weeks after the source is not believable; months later it is.
    expect(judged('The 67-year-old Lukashenko faces protests over the election.', '2021-02-02')?.verdict).toBe('contradicted');
    expect(judged('The 67-year-old Lukashenko faces protests over the election.', '2021-06-02')?.verdict).toBe('supported');
    expect(judged('The 70-year-old Lukashenko faces protests over the election.', '2024-06-01')).toMatchObject({
      verdict: 'supported',
      pageFigure: '70-year-old (born in 1953 or 1954)',
      corpusFigure: 'born in 1954 or 1955',
    });
    expect(judged('The 72-year-old Lukashenko faces protests over the election.', '2024-06-01')).toMatchObject({
      verdict: 'contradicted',
      reason: 'Different year of birth: the page says 72-year-old (born in 1951 or 1952), the source says born in 1954 or 1955.',
    });
    // And times in power: 29 years in June 2024 is a rule begun in 1994 or 1995.
    expect(judged('Lukashenko has been in power for 29 years.', '2024-06-01')?.verdict).toBe('supported');
  });

  // Counts in words: the source's "tens of thousands" on January 23, "an estimated 40,000" in Moscow, HRW's "thousands of people" detained.
  it.each([
    ["Hundreds of thousands of Russians protested on January 23 demanding Navalny's release.", 'contradicted', 'Different figure: the page says Hundreds of thousands, the source says tens of thousands.'],
    ["Tens of thousands of Russians protested on January 23 demanding Navalny's release.", 'supported', 'Same figure: the page says Tens of thousands, the source says tens of thousands.'],
    ["Thousands of Russians protested on January 23 demanding Navalny's release.", 'supported', 'Same figure: the page says Thousands, the source says tens of thousands.'],
    ['Tens of thousands rallied in Moscow on January 23.', 'supported', 'Same figure: the page says Tens of thousands, the source says an estimated 40,000 attending.'],
    ['Hundreds of thousands rallied in Moscow on January 23.', 'contradicted', 'Different figure: the page says Hundreds of thousands, the source says an estimated 40,000 attending.'],
    ['Hundreds were detained by police on January 23, OVD-Info said.', 'contradicted', 'Different figure: the page says Hundreds, the source says 3,711 people detained.'],
    ['Thousands were detained by police on January 23, OVD-Info said.', 'supported', 'Same figure: the page says Thousands, the source says 3,711 people detained.'],
    // Against the count of the same thing: those detained, not the "hundreds" tortured.
    ['Belarusian security forces have detained dozens of people, Human Rights Watch said.', 'contradicted', 'Different figure: the page says dozens, the source says thousands of people detained.'],
  ])('compares a count in words: %s', (text, verdict, reason) => {
    expect(claim(text)).toMatchObject({ verdict, reason });
  });

  // Two counts of one thing on the page, one of them the source's: the page reports both, and is not wrong.
  it.each([
    'In Moscow, an estimated 40,000 people took part in the rally, while police put the number at 4,000.',
    'Police put the number at 4,000, while an estimated 40,000 people took part in the rally in Moscow.',
  ])('takes two counts of one thing, one of them the source\'s, as supported: %s', (text) => {
    expect(claim(text)).toMatchObject({ verdict: 'supported', pageFigure: 'an estimated 40,000' });
  });

  // A capital is read as its country too, and weighs as part of it: "returned to Moscow" is the source's return to Russia.
  it.each([
    ['Navalny returned to Moscow from Berlin on January 17.', 'supported', 'Same date as the source: January 17, 2021.'],
    ['Navalny flew back to Moscow on January 17.', 'supported', 'Same date as the source: January 17, 2021.'],
  ])('reads a capital as its country: %s', (text, verdict, reason) => {
    expect(claim(text)).toMatchObject({ verdict, reason });
  });

  // Months and years are compared as days are, where the page tells what the claim's date dates.
  it.each([
    ['Navalny returned to Russia in February.', 'contradicted', 'Different date: the page says February 2021, the source says January 2021.'],
    ['Navalny returned to Russia in January 2021.', 'supported', 'Same date as the source: January 2021.'],
    ['Putin offered Lukashenko a $1.5 billion loan in December.', 'contradicted', 'Different date: the page says December 2020, the source says September 2020.'],
    ['Tikhanovskaya recorded a video address to Russians in October 2020.', 'contradicted', 'Different date: the page says October 2020, the source says September 2020.'],
    ['Russia occupied Crimea in 2015.', 'contradicted', 'Different date: the page says 2015, the source says 2014.'],
    ['Russia occupied Crimea in March 2014.', 'supported', 'Same date as the source: 2014.'],
    ['The protests against Lukashenka erupted in June 2020 after a disputed election.', 'contradicted', 'Different date: the page says June 2020, the source says August 2020.'],
    ['Police detained 3,711 people in February, OVD-Info said.', 'contradicted', 'Different date: the page says February 2021, the source says January 2021.'],
  ])('compares a month or a year: %s', (text, verdict, reason) => {
    expect(claim(text)).toMatchObject({ verdict, reason });
  });

  it.each([
    // Another part of the claim: it dates Navalny's return, not his poisoning or treatment.
    'Navalny was poisoned in August 2020 with a Soviet-era nerve agent.',
    'Navalny was treated in Germany for poisoning in 2020.',
    // "the 2018 election" dates no arrest.
    'Furgal was arrested in July 2020 on charges of ordering the murder of businessmen.',
    // Decades apart: another occasion, not a slip.
    'Russia occupied Crimea in 1954.',
    // A name and a date, without what the claim tells of them.
    'Putin promised in December to visit Minsk.',
    'Gorovoi issued his warning on January 25.',
    // A figure compared decides over the year: the count of 2019, not the war's start.
    'In 2019, the war Russia started in Donbas had killed nearly 15,000 people.',
  ])('does not set a month or a year against another part of a claim, or another occasion: %s', (text) => {
    const found = claim(text);
    expect(found?.reason ?? '').not.toMatch(/date/);
  });

  // A page that says the source's fact did not happen contradicts it, whatever its figures and dates.
  it.each([
    ['Contrary to viral posts, police did not detain 3,711 people on January 23.', 'did not detain'],
    ['Navalny did not return to Russia on January 17.', 'did not return'],
    ['Putin never promised Lukashenka a loan of $1.5 billion.', 'never promised'],
    ['No, Russia did not occupy Crimea in 2014.', 'did not occupy'],
    ['The rally in Moscow was not attended by 40,000 people.', 'was not attended'],
    ['It is false that Putin promised Lukashenka a $1.5 billion loan in September.', 'It is false that'],
    ['Nobody was detained by police on January 23, OVD-Info said.', 'Nobody was detained'],
    // A place the claim holds, or a country where the claim names none: the source's 3,711 were detained across Russia.
    ['Police did not detain anyone in Russia on January 23, OVD-Info said.', 'did not detain'],
  ])('takes a denial of what the source states for a contradiction: %s', (text, phrase) => {
    expect(claim(text)).toMatchObject({ verdict: 'contradicted', pageFigure: null, corpusFigure: null, reason: `Denied: the page says “${phrase}”; the source states it.` });
  });

  // A figure or a date the page calls false is not what it states: denying one that differs from the source's is no
  // denial of the source, and the page's other figures are judged as stated.
  it.each([
    ['Posts claiming that 100,000 people were detained on January 23 are false: OVD-Info counted 3,711.', 'supported', 'Same figure: the page says 3,711, the source says 3,711 people detained.'],
    ['It is false that police detained 37,000 people on January 23, OVD-Info said.', 'related', "The page denies a figure that differs from the source's: the page says 37,000, the source says 3,711 people detained."],
    ['Claims that Putin promised Lukashenka a $3 billion loan in September are false.', 'related', "The page denies a figure that differs from the source's: the page says $3 billion, the source says $1.5 billion."],
    ['Navalny did not return to Russia on January 18.', 'related', "The page denies a date that differs from the source's: the page says January 18, 2021, the source says January 17, 2021."],
    ['Claims that Putin promised Lukashenka a $1.5 billion loan in September are false.', 'contradicted', 'Denied: the page says “Claims that … are false”; the source states it.'],
    ['There is no evidence that Putin promised Lukashenka a $1.5 billion loan in September.', 'contradicted', 'Denied: the page says “There is no evidence that”; the source states it.'],
  ])('reads what a denial denies: %s', (text, verdict, reason) => {
    expect(claim(text)).toMatchObject({ verdict, reason });
  });

  it.each([
    // A negation of something else in the sentence.
    ['Navalny, who did not want to stay in Germany, returned to Russia on January 17.', 'supported'],
    ['The Kremlin did not comment on reports that police detained 3,711 people on January 23.', 'supported'],
    ['Putin promised Lukashenka a $1.5 billion loan in September, though he did not say when it would be paid.', 'supported'],
    ['Russia occupied Crimea in 2014, a move Ukraine has never accepted.', 'supported'],
    // A hedge, a time, a denial called false; the source's own negation said again.
    ['Putin would never promise Lukashenka a $1.5 billion loan.', 'supported'],
    ['Navalny did not return to Russia until January 17.', 'supported'],
    ['Navalny did not return to Russia on January 17, the post falsely claimed.', 'supported'],
    ['The protests in Russia were not limited to Moscow and St. Petersburg.', 'related'],
    // Denied of a city the claim does not name: a part of the claim at most, not the claim.
    ['Police did not detain anyone in Yakutsk on January 23, OVD-Info said.', undefined],
  ])('takes a negation that denies nothing of the claim for none: %s', (text, verdict) => {
    expect(claim(text)?.verdict).toBe(verdict);
  });

  // Another person as the subject of the claim's fact ("Navalny promised" of Putin's promise) is a contradiction by its actor.
  it.each([
    ['Navalny promised Lukashenka a $1.5 billion loan in September.', 'Navalny', 'Vladimir Putin'],
    // A country as another: the war the source says Russia started.
    ['Ukraine started a war in Donbas in 2014 that killed nearly 15,000 people.', 'Ukraine', 'Russia'],
    ['In 2014, Ukraine occupied Crimea.', 'Ukraine', 'Russia'],
  ])("takes another person or country doing the claim's deed for a contradiction: %s", (text, page, source) => {
    expect(claim(text)).toMatchObject({ verdict: 'contradicted', pageFigure: null, reason: `Different actor: the page says ${page}, the source says ${source}.` });
  });

  it.each([
    // The claim's actor named too; another person who only speaks, or is named after the fact.
    'Navalny said Putin promised Lukashenka a $1.5 billion loan in September.',
    'Navalny said Lukashenka got a $1.5 billion loan in September.',
    'Lukashenka was promised a $1.5 billion loan in September, Navalny noted.',
    'Putin, who promised Lukashenka a $1.5 billion loan in September, has yet to pay it.',
    // A country named after a preposition, or the claim's own named beside it.
    'In neighbouring Belarus, where protests have continued since an August election, President Alexander Lukashenko has ruled for more than 26 years.',
    'Ukraine says Russia occupied Crimea in 2014.',
    'Germany treated Navalny for poisoning before he returned to Russia on January 17.',
  ])('takes a sentence whose subject is the claim\'s, or only speaks, for no other actor: %s', (text) => {
    expect(claim(text)?.verdict).toBe('supported');
  });

  // The opposite of the claim's word tells of the same occasion, not the fact its figures would support. Who did it to
  // whom is not read ("Lukashenka rejected Putin's offer" contradicts nothing), so the claim is related, and the card says why.
  it.each([
    ['Putin refused Lukashenka a $1.5 billion state loan in September.', 'refused', 'promised'],
    ["Lukashenka rejected Putin's offer of a $1.5 billion loan.", 'rejected', 'promised'],
    ['In 2014, Russia ended the war in Donbas that killed nearly 15,000 people.', 'ended', 'started'],
  ])('takes the opposite of the claim\'s word for a related claim: %s', (text, page, source) => {
    expect(claim(text)).toMatchObject({ verdict: 'related', reason: `Opposite words: the page says “${page}” where the source says “${source}”.` });
  });

  it.each([
    // Denied, the opposite is no refusal; said beside the claim's own word, it is another part of the story.
    'Putin did not refuse Lukashenka a $1.5 billion loan in September.',
    'Putin refused Lukashenka a $1.5 billion loan in September, then promised it in October.',
  ])('takes an opposite word the sentence denies, or says beside the claim\'s, for none: %s', (text) => {
    expect(claim(text)?.verdict).toBe('supported');
  });

  // A question that is not a statement ("Did …?", a fact check's headline) is about the claim, and says nothing to judge.
  it.each([
    ['Did Putin promise Lukashenka a $1.5 billion loan in September?', 'related'],
    ['Did police detain 37,000 people on January 23, as OVD-Info says?', 'related'],
    ['Why did police detain 3,711 people on January 23?', 'supported'],
  ])('judges nothing a question asks: %s', (text, verdict) => {
    const hit = claim(text);
    expect(hit?.verdict).toBe(verdict);
    if (verdict === 'related') expect(hit).toMatchObject({ pageFigure: null, reason: 'The page asks about a source claim; it states nothing to compare.' });
  });

  it('takes a sentence of names and a year alone, as a caption, for no claim', () => {
    expect(claim('Alexander Lukashenko and Vladimir Putin in Moscow in 2020.')).toBeUndefined();
    expect(claim('Russia and Crimea in 2014.')).toBeUndefined();
  });

  it('does not take another thing begun in that year for the start of a rule', () => {
    expect(claim('Lukashenko, sanctioned by the EU since 2006, enraged his democratic neighbours.')?.verdict).not.toBe('contradicted');
  });

  it.each([
    'More than 40,000 fans packed the stadium on Saturday as City won the final 2-1.',
    'City ends a 26-year wait for the cup.',
    'The club laid on over 100 buses for supporters, and programmes sold for $1.5 at the gates.',
    'Police reported that the celebrations in the old town were peaceful.',
    'Nearly 15,000 runners took part in the city marathon.',
    'On January 23, more than 3,700 fans attended the match.',
    'The war in Yemen, which began in 2014, has killed about 14,000 people.',
    'A Russian skater won gold as 40,000 fans watched.',
    // Counts in words of something else than the source counts, and a month of another promise.
    "Millions of Russians watched Putin's address in 2022.",
    'Thousands of Belarusians fled to Poland and Lithuania in 2021.',
    'Putin promised in December 2021 to hold talks with Biden.',
    // A capital is not its country twice over: the source names both Moscow and Russia.
    'On January 23, more than 3,000 runners took part in the Moscow half marathon.',
    "Moscow's population grew by 100,000 in 2020.",
    // Fans rallying are no protest's crowd.
    'Thousands of fans rallied in Moscow on January 23 to celebrate the title.',
    '2,000 fans rallied in Moscow on January 23 to celebrate the title.',
  ])('an unrelated sentence sharing numbers or words gives no claim: %s', (text) => {
    expect(match(text).filter((h) => h.kind !== 'name')).toEqual([]);
  });
});

describe('quote verdicts', () => {
  it('an exact quote, and a verbatim fragment of one', () => {
    expect(quote('“At no stage was it a fight against Russia,” said Svetlana Tikhanovskaya.')).toMatchObject({ verdict: 'exact', corpusSpeaker: 'Svetlana Tikhanovskaya' });
    expect(quote('She said it was "proof that Belarusian protests inspired some Russians" in her view.')).toBeUndefined();
    expect(quote('Rudnik wrote that “Belarusian protests inspired some Russians, and the presence of white-red-white flags” matters.')?.verdict).toBe('exact');
  });

  it.each([
    ['“The harshness of the Belarusian crackdown ... proved counterproductive,” Gould-Davies said.'],
    ['“The harshness of the Belarusian crackdown […] proved counterproductive and provoked even bigger protests,” said Nigel Gould-Davies.'],
  ])('a quote with words left out, marked, is exact where each part is the speaker\'s, in order: %s', (text) => {
    expect(quote(text)).toMatchObject({ verdict: 'exact', diff: null });
  });

  it('parts of a quote put in another order are not exact', () => {
    expect(quote('“Proved counterproductive and provoked even bigger protests … the harshness of the Belarusian crackdown,” Gould-Davies said.')?.verdict).not.toBe('exact');
  });

  it('the same words in another order are the quote reworded, not quoted', () => {
    const hit = quote('“Russia will be next if Belarus falls,” Lukashenko warned.');
    expect(hit).toMatchObject({ verdict: 'altered', corpusSpeaker: 'Alexander Lukashenko' });
    expect(hit?.diff).not.toBeNull();
  });

  it.each([
    ['Vladimir Putin has long warned that “if Belarus falls, Russia will be next.”', 'Vladimir Putin'],
    ['As Putin put it: “We are still your brothers.”', 'Putin'],
  ])('credits a speaker behind auxiliaries and adverbs, or "put it": %s', (text, pageSpeaker) => {
    expect(quote(text)).toMatchObject({ verdict: 'misattributed', pageSpeaker });
  });

  it('an altered quote carries a word diff', () => {
    const hit = quote('“At no point was this a fight against Russia,” Tikhanovskaya said.');
    expect(hit?.verdict).toBe('altered');
    expect(hit?.diff).toEqual(expect.arrayContaining([{ op: 'removed', text: 'point' }, { op: 'added', text: 'stage' }]));
  });

  it('a misattributed quote names the real speaker', () => {
    expect(quote('“At no stage was it a fight against Russia,” said Vladimir Putin.')).toMatchObject({
      verdict: 'misattributed',
      pageSpeaker: 'Vladimir Putin',
      corpusSpeaker: 'Svetlana Tikhanovskaya',
    });
  });

  it.each([
    ['“If Belarus falls, Russia will be next,” Vladimir Putin warned.', 'Vladimir Putin', 'Alexander Lukashenko'],
    ['“Why are you silent when you see a small, proud nation being trampled?” asked Svetlana Tikhanovskaya.', 'Svetlana Tikhanovskaya', 'Svetlana Alexievich'],
    ['Vladimir Putin stresses: “At no stage was it a fight against Russia.”', 'Vladimir Putin', 'Svetlana Tikhanovskaya'],
  ])('a speaker credited by any verb of saying, past or present, is compared: %s', (text, pageSpeaker, corpusSpeaker) => {
    expect(quote(text)).toMatchObject({ verdict: 'misattributed', pageSpeaker, corpusSpeaker });
  });

  it.each([
    ['According to Putin, “At no stage was it a fight against Russia.”', 'misattributed', 'Putin'],
    ['According to Belarusian opposition leader Svetlana Tikhanovskaya, “At no stage was it a fight against Russia.”', 'exact', 'Svetlana Tikhanovskaya'],
    ['According to a spokesman for Putin, “At no stage was it a fight against Russia.”', 'exact', null],
    // A name and a colon, as headlines and interviews credit quotes.
    ['Putin: “At no stage was it a fight against Russia.”', 'misattributed', 'Putin'],
    ['Tikhanovskaya: “At no stage was it a fight against Russia.”', 'exact', 'Tikhanovskaya'],
    // Whom and where it was said, between the verb and the quote; the last verb of saying decides.
    ['Putin said on Tuesday: “At no stage was it a fight against Russia.”', 'misattributed', 'Putin'],
    ['Putin told reporters in Moscow: “At no stage was it a fight against Russia.”', 'misattributed', 'Putin'],
    ['Putin said in a statement that “at no stage was it a fight against Russia.”', 'misattributed', 'Putin'],
    ['Tikhanovskaya told Putin: “At no stage was it a fight against Russia.”', 'exact', 'Tikhanovskaya'],
    ['The ministry told Putin: “At no stage was it a fight against Russia.”', 'exact', null],
    // The last verb of saying decides: Putin reports her words.
    ['Putin said Tikhanovskaya had declared: “At no stage was it a fight against Russia.”', 'exact', 'Tikhanovskaya'],
  ])('credits a quote before it by "according to", a colon or a verb of saying: %s', (text, verdict, pageSpeaker) => {
    expect(quote(text)).toMatchObject({ verdict, pageSpeaker });
  });

  it('reads a quote split by its attribution as one quote, each part highlighted', () => {
    const text = '“At no stage,” said Putin, “was it a fight against Russia.”';
    const quotes = match(text).filter((h): h is QuoteHit => h.kind === 'quote');
    expect(quotes.map((q) => [text.slice(q.start, q.end), q.verdict, q.pageSpeaker, q.continued ?? false])).toEqual([
      ['At no stage', 'misattributed', 'Putin', false],
      ['was it a fight against Russia.', 'misattributed', 'Putin', true],
    ]);
    expect(quote('“At no stage,” said Tikhanovskaya, “was it a fight against Russia.”')).toMatchObject({ verdict: 'exact', pageSpeaker: 'Tikhanovskaya' });
    // The comma outside the closing mark, as British outlets write it.
    expect(match("'At no stage', said Putin, 'was it a fight against Russia.'").filter((h) => h.kind === 'quote').map((h) => (h as QuoteHit).verdict)).toEqual([
      'misattributed',
      'misattributed',
    ]);
    // Reworded in its second part: altered, with the diff of the whole.
    const altered = quote('“At no stage,” she said, “was it a war against Russia.”');
    expect(altered?.verdict).toBe('altered');
    expect(altered?.diff?.filter((op) => op.op !== 'same').map((op) => op.text)).toEqual(['war', 'fight']);
    // Two quotes of two sentences are not one: the first is too short alone, the second a fragment of its own.
    const apart = '“At no stage.” Putin said it. “Was it a fight against Russia?”';
    const alone = match(apart).filter((h): h is QuoteHit => h.kind === 'quote');
    expect(alone.map((q) => [apart.slice(q.start, q.end), q.continued ?? false])).toEqual([['Was it a fight against Russia?', false]]);
  });

  it('credits a quote only to the one who says it, not to a person named near the verb', () => {
    // Lukashenka's government is not the speaker, nor is Putin whose spokesman speaks: no one is credited, so nothing is misattributed.
    expect(quote(`Lukashenka's government, HRW says, "subjected hundreds to torture and other ill-treatment in an attempt to stifle the protests."`)).toMatchObject({
      verdict: 'exact',
      pageSpeaker: null,
    });
    expect(quote('“At no stage was it a fight against Russia,” said the spokesman for Vladimir Putin.')).toMatchObject({ verdict: 'exact', pageSpeaker: null });
    // An aside between the speaker and the verb still credits the speaker.
    expect(quote('Vladimir Putin, the Russian president, said: “At no stage was it a fight against Russia.”')).toMatchObject({ verdict: 'misattributed', pageSpeaker: 'Vladimir Putin' });
  });

  // A pronoun credits the one person the sentence before names as its subject; where it could mean another, no one.
  it.each([
    ['Putin spoke to reporters in Moscow on Friday. "If Belarus falls, Russia will be next," he said.', 'misattributed', 'Putin'],
    ['Russian President Vladimir Putin spoke on Friday. "If Belarus falls, Russia will be next," he said.', 'misattributed', 'President Vladimir Putin'],
    ['On Friday, Putin warned the West. He said: "If Belarus falls, Russia will be next."', 'misattributed', 'Putin'],
    ['Lukashenko spoke to reporters in Minsk on Friday. "If Belarus falls, Russia will be next," he said.', 'exact', 'Lukashenko'],
    ['Alexievich recorded a video. "At no stage," she said, "was it a fight against Russia."', 'misattributed', 'Alexievich'],
    // Two people, of whom the pronoun fits one.
    ['Putin met Tikhanovskaya in Moscow. "At no stage was it a fight against Russia," she said.', 'exact', 'Tikhanovskaya'],
    ['Tikhanovskaya met Putin in Moscow. "At no stage was it a fight against Russia," he said.', 'misattributed', 'Putin'],
  ])('credits a quote to the person a pronoun stands for: %s', (text, verdict, pageSpeaker) => {
    expect(quote(text)).toMatchObject({ verdict, pageSpeaker });
  });

  it.each([
    // Two people the pronoun may each mean, or the quote's own sentence names another.
    'Lukashenko met Putin in Sochi. "If Belarus falls, Russia will be next," he said.',
    'Alexievich met Tikhanovskaya in Vilnius. "At no stage was it a fight against Russia," she said.',
    'Putin spoke on Friday. Asked about Lukashenko, "If Belarus falls, Russia will be next," he said.',
    // A possessor, or a person the subject is for: the spokesman speaks.
    "Putin's spokesman spoke to reporters on Friday. \"If Belarus falls, Russia will be next,\" he said.",
    'A spokesman for Putin spoke to reporters on Friday. "If Belarus falls, Russia will be next," he said.',
    // "he" of a woman, "she" of a man: someone the page does not name.
    'Alexievich recorded a video. "At no stage was it a fight against Russia," he said.',
    'Putin recorded a video. "At no stage was it a fight against Russia," she said.',
    // Nothing before it.
    '"If Belarus falls, Russia will be next," he said.',
  ])('credits no one where a pronoun could mean another: %s', (text) => {
    expect(quote(text)).toMatchObject({ verdict: 'exact', pageSpeaker: null });
  });

  it("reads a quote in straight single quotes, and an apostrophe as none", () => {
    expect(quote("Svetlana Tikhanovskaya told Russians: 'At no stage was it a fight against Russia.'")).toMatchObject({
      verdict: 'exact',
      pageSpeaker: 'Svetlana Tikhanovskaya',
    });
    expect(quote("'If Belarus falls, Russia will be next,' Vladimir Putin warned.")).toMatchObject({ verdict: 'misattributed' });
    expect(match("The protesters' flags were white and red, and Lukashenka's police didn't stop the '90s songs.").filter((h) => h.kind === 'quote')).toEqual([]);
    // Apostrophes around a real quotation do not pair up across it.
    expect(quote(`Crowds sang 'em all night; Lukashenko said "if Belarus falls, Russia will be next," and the protesters' flags came out.`)).toMatchObject({ verdict: 'exact' });
  });

  it.each([
    // One word changed in part of a longer quote: the change, and only the change, is the diff.
    ['“We are still your friends,” Svetlana Alexievich wrote.', [{ op: 'removed', text: 'friends' }, { op: 'added', text: 'brothers' }]],
    ['“The protests in Russia were inspired by the Navalny case,” said Alesia Rudnik.', [{ op: 'removed', text: 'inspired' }, { op: 'added', text: 'triggered' }]],
    ['Gould-Davies said the crackdown “proved counterproductive and provoked even larger protests.”', [{ op: 'removed', text: 'larger' }, { op: 'added', text: 'bigger' }]],
    // A word left out inside the part quoted; the quote's words after it ("We are still your brothers") were not quoted, not changed.
    ['“Why are you silent when you see a small nation being trampled?” Alexievich asked.', [{ op: 'added', text: 'proud' }]],
    // A word the page adds before the part quoted.
    ['“Friends, why are you silent when you see a small, proud nation?” Alexievich said.', [{ op: 'removed', text: 'Friends' }]],
  ])('a reworded part of a longer quote is altered: %s', (text, changes) => {
    const hit = quote(text);
    expect(hit?.verdict).toBe('altered');
    expect(hit?.diff?.filter((op) => op.op !== 'same')).toEqual(changes);
  });

  it('a short quote is not read as a reworded part of a longer one', () => {
    expect(quote('“We are your friends,” Svetlana Alexievich wrote.')).toBeUndefined();
  });

  it('a name spelled as another outlet transliterates it does not alter a quote', () => {
    // The source writes "Lukashenka"; a page may write "Lukashenko", in the whole quote or in a fragment of it.
    const whole = '“Both Putin and Lukashenko now face a common threat from below and the response will likely be more crackdowns,” said Kenneth Yalowitz.';
    expect(quote(whole)).toMatchObject({ verdict: 'exact', diff: null });
    expect(quote('“Both Putin and Lukashenko now face a common threat from below,” Yalowitz said.')?.verdict).toBe('exact');
    // A real change is still one, and the spelling is not reported with it.
    const changed = quote(whole.replace('common', 'shared'));
    expect(changed?.verdict).toBe('altered');
    expect(changed?.diff?.filter((op) => op.op !== 'same')).toEqual([
      { op: 'removed', text: 'shared' },
      { op: 'added', text: 'common' },
    ]);
    // The diff writes each word as its text does: the page's capitals and spelling, the source's own words.
    expect(changed?.diff?.map((op) => op.text).join(' ')).toBe(
      'Both Putin and Lukashenko now face a shared common threat from below and the response will likely be more crackdowns',
    );
    // The speaker's name in any spelling is still the speaker.
    expect(quote('“If Belarus falls, Russia will be next,” said Alyaksandr Lukashenka.')).toMatchObject({ verdict: 'exact', corpusSpeaker: 'Alexander Lukashenko' });
  });

  it('a quote with no corpus counterpart is not highlighted', () => {
    expect(quote('“We will win this election in the spring,” said Vladimir Putin.')).toBeUndefined();
  });
});

describe('the matcher', () => {
  it('is deterministic and survives being stored', () => {
    const text = 'Alyaksandr Lukashenka has ruled Belarus for more than 26 years, said Vladimir Putin.';
    const first: Hit[] = loadMatcher([compileSegment(pack)]).matchBlock(text);
    expect(loadMatcher([structuredClone(compiled)]).matchBlock(text)).toEqual(first);
    expect(match(text)).toEqual(matcher.matchBlock(text, { pageDate: '2021-02-02' }));
  });
});
