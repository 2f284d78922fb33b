import { describe, expect, it } from 'vitest';
import { denialsIn } from '../../../src/match/denial';

const denied = (text: string) => denialsIn(text).map((d) => [d.phrase, text.slice(d.start, d.end).trim()]);

describe('denialsIn', () => {
  it.each([
    ['Police did not detain 3,711 people on January 23.', 'did not detain', 'detain'],
    ["Navalny didn't return to Russia.", "didn't return", 'return'],
    ['The loan hasn’t been paid in full.', 'hasn’t been paid', 'paid'],
    ['Putin never promised Lukashenka a loan.', 'never promised', 'promised'],
    ['Lukashenko has not yet been removed from office.', 'has not yet been removed', 'removed'],
    ['Police were not reported to have detained anyone.', 'were not reported', 'reported'],
    ['Lukashenko no longer rules Belarus.', 'no longer rules', 'rules'],
    ['No one was detained in Moscow.', 'No one was detained', 'detained'],
    ['None of the protesters were detained.', 'None of the protesters were detained', 'detained'],
    ['No loan was promised.', 'No loan was promised', 'promised'],
  ])('reads the word a negation denies: %s', (text, phrase, word) => {
    expect(denied(text)).toEqual([[phrase, word]]);
  });

  it.each([
    ['It is false that Putin promised a loan in September.', 'It is false that', 'Putin promised a loan in September.'],
    ["It's not true that police detained 3,711 people; OVD-Info counted them.", "It's not true that", 'police detained 3,711 people'],
    ['The post falsely claimed that Navalny returned on January 17.', 'falsely claimed that', 'Navalny returned on January 17.'],
    ['There is no evidence that Navalny returned on January 17.', 'There is no evidence that', 'Navalny returned on January 17.'],
    ['Posts claiming that 100,000 people were detained are false.', 'claiming that … are false', '100,000 people were detained'],
  ])('reads all that a frame calls false, to the clause end: %s', (text, phrase, words) => {
    expect(denied(text)).toEqual([[phrase, words]]);
  });

  it.each([
    // Hedges, suppositions and what is foretold.
    'Putin would never promise such a loan.',
    "Navalny couldn't return to Russia.",
    'The crisis will not end tomorrow.',
    'If Navalny had not returned, there would have been no protests.',
    'Whether or not police detained 3,711 people, the rally was large.',
    // Narrowing and comparing: "not only", "not … until", "X, not Y".
    'The protests were not only in Moscow.',
    'Navalny did not return to Russia until January 17.',
    'The smugglers put lives at risk, not the border guards.',
    'Not surprisingly, police detained 3,711 people.',
    // "No more than" bounds a figure.
    'No more than 100 people were detained.',
    // Calling a denial false affirms it.
    'Navalny did not return to Russia on January 17, the post falsely claimed.',
  ])('reads no denial in: %s', (text) => {
    expect(denialsIn(text)).toEqual([]);
  });
});
