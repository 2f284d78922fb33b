import { describe, expect, it } from 'vitest';
import { cleanCapture } from '../../../src/corpus/clean';

const ARTICLE = [
  'Dockworkers voted on Thursday to extend their strike into a second week.',
  'The walkout began on March 6 after talks broke down.',
];
const clean = (...lines: string[]) => cleanCapture([...lines, '', ARTICLE.join('\n\n')].join('\n'), { title: 'Strike goes on', author: 'Ana Ruiz' });

describe('cleaning a capture', () => {
  it.each([
    ['menus and interface labels', ['Skip to main content', 'Menu', 'Search', 'Sign in', 'Share this article', 'Advertisement']],
    ['a breaking-news ticker', ['BREAKING Ferry crews announce 48-hour strike from Monday']],
    ['breadcrumbs and section lines', ['Business | Economy', 'Europe · Shipping']],
    ['timestamps and datelines', ['Thu 27 Feb 2025 11.42 GMT', '14 March 2025, 18:05 CET · Updated 21:40 CET']],
    ['image labels and captions with credits', ['Image: Shoppers in Dublin. Photograph: Alan Doyle / Irish Ledger', 'Ships wait at anchor off the port. Photo: Pablo Serrano / Reuters']],
    ['media-player leftovers', ['Loading…', '0:00 / 2:15', 'please wait', 'No media source currently available']],
    ['related links and label lines', ['Related: Inflation explained: why your bill feels high', 'Read more: How ports automate', 'Topics: Inflation, Housing, Jobs']],
    ['subscribe prompts and cookie notices', ['Subscribe to the Ledger for €1 a week for your first 3 months. Cancel anytime.', 'We use cookies to improve your experience. Accept all']],
    ['a numbered list of headlines', ['Most read', '1. Airport passenger cap: what happens next', '2. Six things to know about the new tax credits']],
    ['a link list of short lines', ['World', 'Politics', 'Business', 'Culture']],
  ])('drops %s', (_what, chrome) => {
    const { text } = clean(...chrome);
    expect(text).toBe(ARTICLE.join('\n\n'));
  });

  it('reads a byline into the metadata and drops it from the text', () => {
    const { text, byline } = cleanCapture(['By Gráinne Walsh, Economics Correspondent', '', ARTICLE.join('\n\n')].join('\n'), { title: 'T', author: null });
    expect(byline).toBe('Gráinne Walsh');
    expect(text).toBe(ARTICLE.join('\n\n'));
  });

  it('stops at the author bio and drops the legal notices after it', () => {
    const raw = [ARTICLE.join('\n\n'), '', 'Ana Ruiz covers ports and trade for the Courier. Contact her at ana@example.org.', '', '© 2025 Courier Media. All rights reserved.'].join('\n');
    expect(cleanCapture(raw, { title: 'T', author: 'Ana Ruiz' }).text).toBe(ARTICLE.join('\n\n'));
  });

  it('keeps subheadings and sentences that merely mention chrome words', () => {
    const raw = ['A growing backlog', '', 'The company says loading times will fall by up to 30 percent.', '', 'Readers can search the archive by date.'].join('\n');
    expect(cleanCapture(raw, { title: 'T', author: null }).text.split('\n\n')).toEqual([
      'A growing backlog',
      'The company says loading times will fall by up to 30 percent.',
      'Readers can search the archive by date.',
    ]);
  });
});
