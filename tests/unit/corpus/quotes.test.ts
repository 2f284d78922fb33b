import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../src/corpus/build-pack';

/** One small article; the people are introduced first, as an article would. */
function quotesOf(...paragraphs: string[]) {
  const intro =
    'Mayor Ana Ruiz, the city’s first woman mayor, opened the hearing. Tomas Brandt, a housing lawyer, and Irina Voloshenko, a tenant, spoke. The developer Harbour Quay Homes sent a statement.';
  const pack = buildPack([{ key: 'quotes.txt', meta: { title: 'Hearing', published: '2025-02-20' }, raw: [intro, ...paragraphs].join('\n\n') }]);
  return pack.quotes.map((q) => [q.text.split(' ').slice(0, 3).join(' '), q.speaker]);
}

describe('quote speakers', () => {
  it.each([
    ['"…," said X', '"We are here to fix the housing crisis," said Ana Ruiz.', 'Ana Ruiz'],
    ['"…," X said', '“We are here to fix the housing crisis,” Ruiz said.', 'Ana Ruiz'],
    ['"…," X, <who>, told …', '"We are here to fix the housing crisis," Tomas Brandt, a lawyer for the tenants, told reporters.', 'Tomas Brandt'],
    ['"…," explained X', '"We are here to fix the housing crisis," explained Voloshenko.', 'Irina Voloshenko'],
    ['According to X, "…"', 'According to Brandt, "the pipeline is moving from a very low base."', 'Tomas Brandt'],
    ['"…," added X', '"We expect to deliver more homes this year," added Ruiz.', 'Ana Ruiz'],
    ['X said: "…"', 'Ruiz said: "Every one of us has a constituent sleeping in a car."', 'Ana Ruiz'],
    ['X, <who>, said: "…"', 'Brandt, who represents the tenants, said: "Every one of us has a constituent sleeping in a car."', 'Tomas Brandt'],
    ['X told … that "…"', 'Brandt told the council that landlords were "being driven out by rules for investors."', 'Tomas Brandt'],
    ['"…," she said', 'Voloshenko described months of viewings. "I pay too much for a flat with mould," she said.', 'Irina Voloshenko'],
    ['the previous sentence names the speaker', 'Irina Voloshenko was the first member of the public to speak.\n\n"When I came here, I thought the language would be hardest."', 'Irina Voloshenko'],
    ['an organisation quoted by its kind', 'In a statement, the developer said the plan was "too little, too late for the city."', 'Harbour Quay Homes'],
    ['titles are not part of the speaker', '“We are not here tonight to admire the problem,” said Mayor Ana Ruiz.', 'Ana Ruiz'],
  ])('%s', (_form, paragraph, speaker) => {
    expect(quotesOf(paragraph).map(([, who]) => who)).toEqual([speaker]);
  });

  it('gives both halves of a quote split around its attribution to the speaker', () => {
    expect(quotesOf('“I have heard a lot of promises,” said Brandt about the plan. “What I have not heard is a date for a shovel in the ground.”')).toEqual([
      ['I have heard', 'Tomas Brandt'],
      ['What I have', 'Tomas Brandt'],
    ]);
  });

  it('keeps a quote inside a quote as part of the outer one', () => {
    const [quote] = quotesOf(`"The minister told us, 'We will end hotel accommodation by Christmas,' and here we are," Brandt said.`);
    expect(quote).toEqual(['The minister told', 'Tomas Brandt']);
  });

  it('does not take scare quotes, chants or signs for a speaker’s words', () => {
    expect(quotesOf('Protesters chanted "Homes for people, not for profit" and held up a banner reading "The city is not for sale" outside.', 'Brandt called it the so-called "cost rental" scheme.')).toEqual([]);
  });
});
