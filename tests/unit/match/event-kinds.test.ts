import { describe, expect, it } from 'vitest';
import { differentEvents, eventKinds } from '../../../src/match/event-kinds';
import { termOf } from '../../../src/text/terms';

const kinds = (...words: string[]) => words.reduce((bits, word) => bits | eventKinds(termOf(word)!), 0);

describe('event kinds', () => {
  it.each([
    ['rally', 'protests'],
    ['rallied', 'demonstrations'],
    ['games', 'match'],
    ['funeral', 'vigils'],
    ['elections', 'referendum'],
    ['war', 'conflict'],
  ])('%s and %s are one kind of event', (a, b) => {
    expect(differentEvents(kinds(a), kinds(b))).toBe(false);
  });

  it.each([
    ['funeral', 'rally'],
    ['match', 'protest'],
    ['parade', 'demonstration'],
    ['earthquake', 'war'],
  ])('%s and %s are different events', (a, b) => {
    expect(differentEvents(kinds(a), kinds(b))).toBe(true);
  });

  it('tells nothing where either side names no event, and shares a kind where one side names several', () => {
    expect(differentEvents(kinds('funeral'), kinds('police', 'detained'))).toBe(false);
    expect(differentEvents(kinds('rally'), kinds('protests', 'election'))).toBe(false);
  });

  it('does not read the month of March as a march', () => {
    expect(kinds('march')).toBe(0);
  });
});
