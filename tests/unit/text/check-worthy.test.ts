import { describe, expect, it } from 'vitest';
import { statesRecord } from '../../../src/text/check-worthy';

describe('statesRecord', () => {
  it.each([
    'Turnout reached a record high on Sunday.',
    'Exports hit record levels in March.',
    'A record 40,000 people marched.',
    'The team set a new record in Tokyo.',
    'Lukashenko broke his own record.',
    'The crackdown was unprecedented.',
    'For the first time, women led the march.',
    'It was the most people ever seen in Minsk.',
    'It was the largest protest since 1991.',
    "Belarus's single biggest rally took place in August.",
    'the country’s most violent week',
    'THE LARGEST PROTEST IN THE COUNTRY’S HISTORY',
  ])('finds the record or superlative in %j', (text) => {
    expect(statesRecord(text)).toBe(true);
  });

  it.each([
    'Thousands marched through Minsk on Sunday.',
    'The best of the season is yet to come.'.replace('The best', 'Best'),
    'She has a record of public service.',
    'He runs a record label in Leeds.',
    'Protesters gathered near the largest square.'.replace('the largest', 'a large'),
    'Most residents stayed home.',
  ])('finds none in %j', (text) => {
    expect(statesRecord(text)).toBe(false);
  });
});
