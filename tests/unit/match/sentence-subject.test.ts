import { describe, expect, it } from 'vitest';
import { isSubject, speaks } from '../../../src/match/sentence-subject';
import type { NameHit } from '../../../src/shared/hits';

/** The sentence and a person hit on `name` in it. */
function hit(text: string, name: string): NameHit {
  const start = text.indexOf(name);
  return { kind: 'name', start, end: start + name.length, entityId: 'ent:x', entityType: 'person', alias: name, matchType: 'exact' } as NameHit;
}

describe('isSubject', () => {
  it.each([
    ['Putin promised a loan.', 'Putin', true],
    ['Russian President Vladimir Putin promised a loan.', 'Vladimir Putin', true],
    ['On Friday, Putin promised a loan.', 'Putin', true],
    ["Putin's spokesman promised a loan.", 'Putin', false],
    ['A spokesman for Putin promised a loan.', 'Putin', false],
    ['Lukashenka met Putin in Sochi.', 'Putin', false],
    ['In neighbouring Belarus, Lukashenko has ruled for 26 years.', 'Belarus', false],
    ['“Honestly, Italy is paying the price,” said an official.', 'Italy', false],
    ['In neighbouring Belarus, Lukashenko has ruled for 26 years.', 'Lukashenko', true],
    ['Critics of the Kremlin and of its many allies, Putin included, spoke.', 'Putin', false],
  ])('%s — %s: %s', (text, name, subject) => {
    expect(isSubject(text, 0, hit(text, name))).toBe(subject);
  });
});

describe('speaks', () => {
  it.each([
    ['Navalny said Putin promised a loan.', true],
    ['Navalny, the opposition leader, has repeatedly claimed it.', true],
    ['Navalny promised a loan.', false],
  ])('%s: %s', (text, speaking) => {
    expect(speaks(text, hit(text, 'Navalny'))).toBe(speaking);
  });
});
