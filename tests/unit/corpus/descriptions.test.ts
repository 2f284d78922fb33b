import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../src/corpus/build-pack';

/** The description of each named entity of a one-document corpus. */
function describeAll(...sentences: string[]): Map<string, string | null> {
  const pack = buildPack([{ key: 'descriptions.txt', meta: { title: 'A story', published: '2025-02-20' }, raw: sentences.join('\n\n') }]);
  return new Map(pack.entities.map((e) => [e.name, e.description]));
}

describe('entity descriptions', () => {
  it.each([
    // Organisations, from a role before the name, the kind after it, or an apposition on either side.
    ['a role before an organisation', 'Police detained 3,711 people, according to the independent monitor OVD-Info.', 'OVD-Info', 'independent monitor'],
    ['a qualified role before an organisation', 'The dispute pits the dockers against the Singapore-based shipping group Straits Pacific Holdings.', 'Straits Pacific Holdings', 'Singapore-based shipping group'],
    ['a demonym and role before an organisation', 'Ships of the Danish carrier Nordhavn Line were rerouted to Barcelona.', 'Nordhavn Line', 'Danish carrier'],
    ['an organisation’s kind after its name', 'Workers in Leeuwarden, where the FNV trade union said it would fight the plan, walked out.', 'FNV', 'trade union'],
    ['an apposition after an organisation', 'Repairs were under way, said Ukrenergo, the state grid operator.', 'Ukrenergo', 'the state grid operator'],
    ['an apposition before an organisation', 'Kestrel agreed to sell its stake in a Brazilian bottler, Engarrafadora Sul, for $640 million.', 'Engarrafadora Sul', 'a Brazilian bottler'],
    // People, from roles (with the capitalised words that qualify them) and appositions.
    ['a prize before a role', 'On the same day, Nobel Prize recipient Svetlana Alexievich spoke in Minsk.', 'Svetlana Alexievich', 'Nobel Prize recipient'],
    ['a role and an apposition together', 'On the same day, Nobel Prize recipient Svetlana Alexievich, a prominent critic of Lukashenko, spoke.', 'Svetlana Alexievich', 'Nobel Prize recipient, a prominent critic of Lukashenko'],
    ['a role of three words', 'The company’s chief financial officer Rohan Mehta said margins would widen.', 'Rohan Mehta', 'chief financial officer'],
    ['a plain role', 'Belarusians rallied behind opposition leader Svetlana Tikhanovskaya in August.', 'Svetlana Tikhanovskaya', 'opposition leader'],
    ['an apposition after a person', 'Alesia Rudnik, a Belarusian analyst based in Sweden, disagreed.', 'Alesia Rudnik', 'a Belarusian analyst based in Sweden'],
    ['a title', 'Transport Minister Elena Barrachina said on Wednesday that talks would resume.', 'Elena Barrachina', 'Transport Minister'],
  ])('%s', (_what, text, name, description) => {
    expect(describeAll(text).get(name)).toBe(description);
  });

  it('leaves out what says nothing: an honorific, a verb before the name', () => {
    const descriptions = describeAll('Mr. Darren Whitlock denied the charges in court on Monday.', 'Reporters met Aoife Lynch at the site.');
    expect(descriptions.get('Darren Whitlock')).toBeNull();
    expect(descriptions.get('Aoife Lynch')).toBeNull();
  });

  it('does not give an organisation the kind of another one it only qualifies', () => {
    const descriptions = describeAll(
      'Refugees received temporary protection, according to the U.N. refugee agency, UNHCR.',
      'Funding was confirmed by the European Commission’s humanitarian aid department on Tuesday.',
    );
    expect(descriptions.get('UNHCR')).toBe('the U.N. refugee agency');
    expect(descriptions.get('European Commission') ?? null).toBeNull();
    expect(descriptions.get('U.N.') ?? null).toBeNull();
  });
});
