import { describe, expect, it } from 'vitest';
import { passageLink } from '../../../src/share/passage-link';

describe('passageLink', () => {
  it.each([
    ['a short passage, whole', 'https://news.example/a', 'Police detained 3,711 people.', 'https://news.example/a#:~:text=Police%20detained%203%2C711%20people.'],
    [
      'a long one by its first and last four words, across paragraphs',
      'https://news.example/a',
      'Lukashenko watched as police\n\ndetained more than 3,700 people in Minsk on Sunday.',
      'https://news.example/a#:~:text=Lukashenko%20watched%20as%20police,in%20Minsk%20on%20Sunday.',
    ],
    [
      'a short one over two paragraphs by its ends, each inside one paragraph',
      'https://news.example/a',
      'Lukashenko watched.\n\nPolice detained people.',
      'https://news.example/a#:~:text=Lukashenko%20watched.,Police%20detained%20people.',
    ],
    ['hyphens, commas and ampersands encoded', 'https://x.example/', 'pro-Kremlin media, A&B', 'https://x.example/#:~:text=pro%2DKremlin%20media%2C%20A%26B'],
    ['the page’s own fragment kept', 'https://x.example/live#update-3', 'Rallies continued.', 'https://x.example/live#update-3:~:text=Rallies%20continued.'],
    ['an earlier directive replaced', 'https://x.example/#:~:text=old', 'New words.', 'https://x.example/#:~:text=New%20words.'],
    ['the query kept', 'https://x.example/a?id=7&lang=en', 'Tut.by', 'https://x.example/a?id=7&lang=en#:~:text=Tut.by'],
    ['nothing to link: the page', 'https://x.example/a', '  \n ', 'https://x.example/a'],
  ])('%s', (_what, url, passage, link) => expect(passageLink(url, passage)).toBe(link));
});
