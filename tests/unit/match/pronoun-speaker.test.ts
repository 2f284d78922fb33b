import { describe, expect, it } from 'vitest';
import { genderOf } from '../../../src/match/pronoun-speaker';

describe('genderOf', () => {
  it.each([
    ['ent:svetlana-tikhanovskaya', 'female'],
    ['ent:alesia-rudnik', 'female'],
    ['ent:vladimir-putin', 'male'],
    ['ent:alexander-morozov', 'male'],
    // Names that do not say: no pronoun is ruled out.
    ['ent:alexander-lukashenko', null],
    ['ent:oleg-chupryna', null],
    // A man's first name in -a.
    ['ent:nikita-khrushchev', 'male'],
    ['ent:kremlin', null],
    ['ent:berlin', null],
  ])('%s → %s', (id, gender) => {
    expect(genderOf(id)).toBe(gender);
  });
});
