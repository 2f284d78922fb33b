import { describe, expect, it } from 'vitest';
import { toRuns } from '../../../src/ui/source/spans';

describe('toRuns', () => {
  it('cuts text at span boundaries and keeps nested spans', () => {
    const text = 'Putin met Lukashenko.';
    const runs = toRuns(text, [
      { start: 0, end: 21, kind: 'claim', id: 'c1' },
      { start: 10, end: 20, kind: 'name', id: 'e1' },
    ]);
    expect(runs).toHaveLength(1);
    expect(runs[0].map((r) => [r.text, r.spans.map((s) => s.id)])).toEqual([
      ['Putin met ', ['c1']],
      ['Lukashenko', ['c1', 'e1']],
      ['.', ['c1']],
    ]);
  });

  it('splits paragraphs and never lets a run cross one', () => {
    const runs = toRuns('One.\n\nTwo.', [{ start: 0, end: 10, kind: 'cited', id: 's' }]);
    expect(runs.map((p) => p.map((r) => r.text).join(''))).toEqual(['One.', 'Two.']);
  });
});
