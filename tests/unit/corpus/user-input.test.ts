import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../src/corpus/markdown-text';
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
