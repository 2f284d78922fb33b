import { describe, expect, it } from 'vitest';
import { parseBackgroundRequest, parseTabRequest } from '../../../src/shared/validate-message';

describe('message validation', () => {
  it('accepts well-formed requests', () => {
    expect(parseBackgroundRequest({ type: 'match', blocks: ['Putin'], pageDate: null })).toEqual({ type: 'match', blocks: ['Putin'], pageDate: null });
    expect(parseTabRequest({ type: 'reveal', id: 'ent:x' })).toEqual({ type: 'reveal', id: 'ent:x' });
  });

  it.each([
    [{ type: 'match', blocks: 'Putin', pageDate: null }, /blocks/],
    [{ type: 'match', blocks: [42], pageDate: null }, /blocks/],
    [{ type: 'drop-tables' }, /type/],
    [null, /message/],
  ])('rejects %j with a clear error', (message, error) => {
    expect(() => parseBackgroundRequest(message)).toThrow(error);
  });
});
