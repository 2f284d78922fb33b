import { describe, expect, it } from 'vitest';
import { asks } from '../../../src/match/asked';

describe('asks', () => {
  it.each([
    'Did police detain 3,711 people on January 23?',
    'Fact check: Did Putin promise Lukashenka a $1.5 billion loan?',
    'Police detained 3,711 people on January 23?',
    'Will Putin give Lukashenka the loan (as promised)?',
  ])('reads a question that states nothing: %s', (text) => {
    expect(asks(text)).toBe(true);
  });

  it.each([
    // A question word presupposes the fact.
    'Why did police detain 3,711 people on January 23?',
    'How many people did police detain on January 23?',
    // Someone else's question, reported; and statements.
    'Alexievich asked: "Why are you silent?"',
    'Alexievich asked Russians, "Are you silent?"',
    'Police detained 3,711 people on January 23.',
  ])('reads no question in: %s', (text) => {
    expect(asks(text)).toBe(false);
  });
});
