import { describe, expect, it } from 'vitest';
import { precision, ratio } from '../../../scripts/corpus-eval/evaluate';
import { evaluateGoldSet, HELDOUT_GOLD_DIR } from '../../../scripts/corpus-eval/gold-set';

/**
 * The ingestion targets, held against hand-written gold for every evaluation
 * document: the set the pipeline was developed on (tests/fixtures/corpus-eval)
 * and the set written later by someone who never saw it (corpus-heldout).
 */
const scores = [...evaluateGoldSet(), ...evaluateGoldSet({}, HELDOUT_GOLD_DIR)];

describe.each(scores.map((s) => [s.docId, s] as const))('ingesting %s against its gold', (_id, score) => {
  it('finds every person and organisation, typed, with the spellings the text uses', () => {
    expect(score.misses.filter((m) => /^(?:person|organization|spelling) /.test(m))).toEqual([]);
    expect(ratio(score.people)).toBe(1);
    expect(ratio(score.spellings)).toBe(1);
  });

  it('names nothing that is not a name (precision ≥ 95%)', () => {
    expect(precision(score.names)).toBeGreaterThanOrEqual(0.95);
    expect(precision(score.people)).toBeGreaterThanOrEqual(0.95);
  });

  it('finds ≥ 95% of the claims with ≥ 95% precision, figures and dates right', () => {
    expect(ratio(score.claims)).toBeGreaterThanOrEqual(0.95);
    expect(precision(score.claims)).toBeGreaterThanOrEqual(0.95);
    expect(score.claimDetails.right / score.claimDetails.of).toBeGreaterThanOrEqual(0.95);
  });

  it('gives every quote its speaker, and quotes nothing that is not a quote', () => {
    expect(score.misses.filter((m) => /^(?:quote|speaker) /.test(m))).toEqual([]);
    expect(precision(score.quotes)).toBeGreaterThanOrEqual(0.95);
  });

  it('lets no page chrome into a claim or a quote', () => {
    expect(score.chromeLeaks).toEqual([]);
  });
});
