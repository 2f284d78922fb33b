import { describe, expect, it } from 'vitest';
import { buildPack, NothingLeftError } from '../../../src/corpus/build-pack';
import { buildUserPack } from '../../../src/corpus/user-pack';
import { ImportError } from '../../../src/corpus/user-input';

/** What a careless capture of a page's frame holds: navigation, share buttons, a cookie banner, a subscription prompt. */
const CHROME_ONLY = [
  'Skip to main content',
  'Home | News | World | Business | Sport',
  'Share this article',
  'Share on Facebook',
  'Copy link',
  'We use cookies to improve your experience. Accept all cookies or manage preferences.',
  'Accept all',
  'Subscribe now',
  'Support independent journalism: become a member today.',
].join('\n');

const ARTICLE = 'Police detained 3,711 people on January 23, according to OVD-Info, which called the number a record.';

describe('buildUserPack: what is left after cleaning', () => {
  it('refuses a document that is all page chrome, naming it and saying why', () => {
    const build = () => buildUserPack([{ format: 'text', content: CHROME_ONLY, meta: { title: 'Frame only' } }]);
    expect(build).toThrow(ImportError);
    expect(build).toThrow(/^Frame only: has no article text left once page chrome \(navigation, share, cookie and subscription lines\) is removed/);
  });

  it('refuses a document with fewer than five words left, even with enough before cleaning', () => {
    const build = () => buildUserPack([{ format: 'text', content: `${CHROME_ONLY}\n\nPolice came.`, meta: {}, fileName: 'capture.txt' }]);
    expect(build).toThrow(/^capture\.txt: has only 2 words left once page chrome/);
  });

  it('refuses the whole import when one of its documents is all chrome, and names that one', () => {
    const build = () =>
      buildUserPack([
        { format: 'text', content: ARTICLE, meta: { title: 'Good' } },
        { format: 'text', content: CHROME_ONLY, meta: { title: 'Bad' } },
      ]);
    expect(build).toThrow(/^Bad: has no article text left/);
  });

  it('keeps the article and drops the chrome around it', () => {
    const pack = buildUserPack([{ format: 'text', content: `${CHROME_ONLY}\n\n${ARTICLE}`, meta: { title: 'Detentions' } }]);
    expect(pack.documents[0].text).toBe(ARTICLE);
  });

  it('applies to any build: a corpus folder’s empty document is refused too', () => {
    expect(() => buildPack([{ key: 'frame.txt', meta: { title: 'Frame' }, raw: CHROME_ONLY }])).toThrow(NothingLeftError);
    expect(() => buildPack([{ key: 'frame.txt', meta: { title: 'Frame' }, raw: CHROME_ONLY }])).toThrow(/^frame\.txt: nothing left once page chrome/);
  });
});
