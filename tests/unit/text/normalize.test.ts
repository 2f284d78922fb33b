import { describe, expect, it } from 'vitest';
import { normalizeWithMap } from '../../../src/text/normalize';
import { tokenize } from '../../../src/text/tokens';

describe('normalizeWithMap', () => {
  it.each([
    ['Lukashenka’s', "lukashenka's"],
    ['Łukaszenka  Žižek', 'łukaszenka zizek'],
    ['OVD–Info', 'ovd-info'],
    ['Gould\u00a0Davies', 'gould davies'],
    ['ALEXANDER LUKASHENKO', 'alexander lukashenko'],
  ])('%s → %s', (input, output) => {
    expect(normalizeWithMap(input).text).toBe(output);
  });

  it('maps every normalized character back to the original', () => {
    const original = 'Sviatlána  Tsikhanóuskaya’s';
    const { text, map } = normalizeWithMap(original);
    const at = text.indexOf('tsikhanouskaya');
    expect(original.slice(map[at], map[at + 'tsikhanouskaya'.length - 1] + 1)).toBe('Tsikhanóuskaya');
  });
});

describe('tokenize', () => {
  it('reads possessives as the name and keeps hyphenated names whole', () => {
    expect(tokenize("navalny's anti-corruption protesters' gould-davies").map((t) => t.word)).toEqual(['navalny', 'anti-corruption', 'protesters', 'gould-davies']);
    expect(tokenize("navalny's")[0]).toMatchObject({ start: 0, end: 7 });
  });
});
