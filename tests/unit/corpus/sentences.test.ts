import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/corpus/sentences';
import { endsWithAbbreviation, startsNewSentence } from '../../../src/text/sentence-rules';

const sentences = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences around abbreviations', () => {
  it.each([
    ['U.S. ending a sentence', 'He moved to the U.S. The next day he left.', ['He moved to the U.S.', 'The next day he left.']],
    ['Sept. ending a sentence', 'The movement began in Sept. They grew fast.', ['The movement began in Sept.', 'They grew fast.']],
    ['Jan. ending a sentence', 'Talks stalled in Jan. In February they resumed.', ['Talks stalled in Jan.', 'In February they resumed.']],
    ['Inc. ending a sentence', 'The buyer was Acme Inc. Its shares rose.', ['The buyer was Acme Inc.', 'Its shares rose.']],
    ['U.S. before an opening quotation', 'She flew to the U.S. “We are safe now,” she said.', ['She flew to the U.S.', '“We are safe now,” she said.']],
    ['a closing quote after U.S.', 'He said: “Go to the U.S.” Then he left.', ['He said: “Go to the U.S.”', 'Then he left.']],
  ])('splits after %s', (_what, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it.each([
    ['Sept. before a day', 'On Sept. 12 the protests began. Police waited.', ['On Sept. 12 the protests began.', 'Police waited.']],
    ['Jan. before a day', 'It happened on Jan. 23, 2021, in Moscow.', ['It happened on Jan. 23, 2021, in Moscow.']],
    ['Mr. before a name', 'Mr. Lukashenko spoke for an hour.', ['Mr. Lukashenko spoke for an hour.']],
    ['Ms. before a name', 'Ms. Tikhanovskaya left for Vilnius. She stayed.', ['Ms. Tikhanovskaya left for Vilnius.', 'She stayed.']],
    ['Dr. before a name', 'The report was written by Dr. Smith in London.', ['The report was written by Dr. Smith in London.']],
    ['St. before a name', 'Protests spread to St. Petersburg and Moscow.', ['Protests spread to St. Petersburg and Moscow.']],
    ['U.S. before a name-like word', 'Former U.S. Ambassador Kenneth Yalowitz disagreed.', ['Former U.S. Ambassador Kenneth Yalowitz disagreed.']],
    ['U.S. before a title and name', 'The U.S. State Department said nothing.', ['The U.S. State Department said nothing.']],
    ['a title even before an opener-like word', 'It was Mr. Young who spoke. Then he left.', ['It was Mr. Young who spoke.', 'Then he left.']],
    ['an initial', 'John F. Kennedy was shot in Dallas.', ['John F. Kennedy was shot in Dallas.']],
  ])('keeps %s in one sentence', (_what, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('splitSentences around quotes', () => {
  it('does not split inside an open quotation', () => {
    expect(sentences('“I am sure. They will come back,” she said. Police left.')).toEqual(['“I am sure. They will come back,” she said.', 'Police left.']);
  });

  it('keeps a quote split around its attribution in the sentences it spans', () => {
    expect(sentences('“At no stage was it a fight,” said Tikhanovskaya. “We are grateful.”')).toEqual([
      '“At no stage was it a fight,” said Tikhanovskaya.',
      '“We are grateful.”',
    ]);
  });

  it('handles straight quotes like curly ones', () => {
    expect(sentences('"We stay. We fight," he said. The crowd cheered.')).toEqual(['"We stay. We fight," he said.', 'The crowd cheered.']);
  });

  it('continues a sentence after a closing quote followed by lower case', () => {
    expect(sentences('“Go home.” said nobody. Then it rained.')).toEqual(['“Go home.” said nobody.', 'Then it rained.']);
  });
});

describe('abbreviation rules', () => {
  it('tells titles from abbreviations that can end a sentence', () => {
    expect(endsWithAbbreviation('He met Mr.', 'The')).toBe(true);
    expect(endsWithAbbreviation('He moved to the U.S.', ' The next day')).toBe(false);
    expect(endsWithAbbreviation('He moved to the U.S.', ' Senate')).toBe(true);
    expect(endsWithAbbreviation('He moved to the U.S.')).toBe(true); // without what follows, the period never ends it
    expect(endsWithAbbreviation('He moved home.')).toBe(false);
  });

  it('knows what visibly opens a sentence', () => {
    expect(startsNewSentence(' They grew')).toBe(true);
    expect(startsNewSentence(' “We')).toBe(true);
    expect(startsNewSentence(' Petersburg')).toBe(false);
    expect(startsNewSentence(' 12 people')).toBe(false);
    expect(startsNewSentence(' Theodore')).toBe(false);
  });
});
