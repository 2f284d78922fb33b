import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { compactStrings } from '../../../src/shared/compact-strings';

/** Bytes structured cloning writes for `value`: one per character of a one-byte string, two of a two-byte one. */
const cloneBytes = (value: unknown) => serialize(value).length;

describe('compactStrings', () => {
  // Plain ASCII names cut from a text that also holds curly quotes: V8 keeps them two bytes a character.
  const text = `${'Lukashenko Navalny Tsikhanouskaya '.repeat(200)}“quoted”`;
  const names = Array.from({ length: 200 }, (_, i) => text.slice(i * 34, i * 34 + 33));

  it('stores strings cut from a text with wide characters one byte a character, with the same contents', () => {
    const compact = compactStrings({ names, nested: { odd: [[1, names[0]]] as [number, string][] }, counts: Int32Array.from([1, 2]), n: 3 });
    expect(compact).toEqual({ names, nested: { odd: [[1, names[0]]] }, counts: Int32Array.from([1, 2]), n: 3 });
    expect(cloneBytes(compact.names)).toBeLessThan(cloneBytes(names) * 0.6);
  });

  it('leaves strings that need two bytes as they are', () => {
    const wide = ['“Вы”', 'Łukaszenka'];
    expect(compactStrings(wide)).toEqual(wide);
  });
});
