import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown, markdownToText } from '../../../src/corpus/markdown-text';
import { ImportError, readUserDocument } from '../../../src/corpus/user-input';

const TEXT = 'Police detained 3,711 people on January 23, according to OVD-Info.';

describe('readUserDocument', () => {
  it('accepts text with metadata and fills the title from the file name', () => {
    expect(readUserDocument({ format: 'text', content: TEXT, meta: {}, fileName: 'ovd-report.txt' })).toEqual({
      text: TEXT,
      meta: { title: 'ovd-report', outlet: null, author: null, section: null, published: null, url: null, language: 'en' },
    });
  });

  it.each([
    ['empty', { format: 'text', content: '   ', meta: { title: 'T' } }, /is empty/],
    ['too short', { format: 'text', content: 'Just two', meta: { title: 'T' } }, /fewer than 5 words/],
    ['binary', { format: 'text', content: 'PK\u0003\u0004\u0000\u0000binary', meta: { title: 'T' } }, /not text/],
    ['20 MB', { format: 'text', content: 'word '.repeat(4 * 1024 * 1024), meta: { title: 'T' } }, /20\.0 MB; the limit is 5 MB/],
    ['a bad date', { format: 'text', content: TEXT, meta: { title: 'T', published: 'last Tuesday' } }, /YYYY, YYYY-MM or YYYY-MM-DD/],
    ['a non-http URL', { format: 'text', content: TEXT, meta: { title: 'T', url: 'javascript:alert(1)' } }, /not an http\(s\) address/],
    ['a language that is not a code', { format: 'text', content: TEXT, meta: { title: 'T', language: 'English please' } }, /language "English please"; use a language code such as en, de or pt-BR/],
  ] as const)('rejects %s input with a clear error', (_what, input, message) => {
    expect(() => readUserDocument(input as never)).toThrow(ImportError);
    expect(() => readUserDocument(input as never)).toThrow(message);
  });
});

describe('markdownToText', () => {
  it('keeps the words and drops the markup', () => {
    const md = '# Protests spread\n\nPolice **detained** [3,711 people](https://ovd.info) on _January 23_.\n\n- one\n- two\n\n```js\ncode()\n```\n![chart](c.png)';
    expect(markdownToText(md)).toBe('Protests spread\n\nPolice detained 3,711 people on January 23.\n\none\ntwo');
  });
});

describe('the language and format of a pasted document', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['de', 'de'],
    [' pt-BR ', 'pt-BR'],
    ['en_GB', 'en-GB'],
  ])('language %j is stored as %s', (language, stored) => {
    expect(readUserDocument({ format: 'text', content: TEXT, meta: { title: 'T', language } }).meta.language).toBe(stored);
  });

  it('reads Markdown as Markdown when asked to detect it, and plain text as it is', () => {
    const markdown = '# Protests spread\n\nPolice **detained** [3,711 people](https://ovd.info) on January 23.';
    expect(readUserDocument({ format: 'auto', content: markdown, meta: { title: 'T' } }).text).toBe('Protests spread\n\nPolice detained 3,711 people on January 23.');
    expect(readUserDocument({ format: 'auto', content: TEXT, meta: { title: 'T' } }).text).toBe(TEXT);
    expect(readUserDocument({ format: 'text', content: markdown, meta: { title: 'T' } }).text).toBe(markdown);
  });

  it.each([
    ['a heading', '# Protests spread\n\nPolice detained people.'],
    ['a link with its address', 'Police detained [3,711 people](https://ovd.info) on Saturday.'],
    ['a code fence', 'Example:\n\n```\ncode\n```'],
    ['bold text and a list', 'Police **detained** people.\n\n- in Moscow\n- in St. Petersburg'],
    ['a quote and a numbered list', '> We will win.\n\n1. Moscow\n2. Minsk'],
  ])('detects Markdown by %s', (_what, text) => {
    expect(looksLikeMarkdown(text)).toBe(true);
  });

  it.each([
    ['prose', TEXT],
    ['prose with a hashtag and an asterisk', 'Protesters used #BelarusProtests*, police said. The * marks an estimate.'],
    ['one dash list alone', 'Demands:\n- new elections\n- release of prisoners'],
    ['one bold word alone', 'It was **not** a fight against Russia, she said.'],
    ['a bracket without an address', 'He said [sic] that police came.'],
  ])('keeps %s as plain text', (_what, text) => {
    expect(looksLikeMarkdown(text)).toBe(false);
  });
});
