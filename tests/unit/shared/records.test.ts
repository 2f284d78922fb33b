import { describe, expect, it } from 'vitest';
import { PACK_FORMAT, PACK_VERSION } from '../../../src/shared/records';

describe('pack format', () => {
  it('is versioned', () => {
    expect(PACK_FORMAT).toBe('factmark-pack');
    expect(PACK_VERSION).toBe(1);
  });
});
