import type { IdArray } from '../shared/id-array';

/** Ascending lists' common items, by galloping through the longer one. */
export function intersect(small: IdArray, large: IdArray): Int32Array {
  if (small.length > large.length) [small, large] = [large, small];
  const out: number[] = [];
  let lo = 0;
  for (const value of small) {
    let step = 1;
    let hi = lo;
    while (hi < large.length && large[hi] < value) {
      lo = hi;
      hi += step;
      step *= 2;
    }
    hi = Math.min(hi, large.length);
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (large[mid] < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo < large.length && large[lo] === value) out.push(value);
  }
  return Int32Array.from(out);
}
