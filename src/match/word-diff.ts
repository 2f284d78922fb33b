import type { DiffOp } from '../shared/hits';

/**
 * Word-level diff from `page` to `source` by longest common subsequence;
 * adjacent words of one kind are grouped. The words are compared as given and
 * written as `shown` gives them, where it does (as each text writes them).
 */
export function wordDiff(page: string[], source: string[], shown?: { page: string[]; source: string[] }): DiffOp[] {
  const n = page.length;
  const m = source.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = page[i] === source[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const ops: DiffOp[] = [];
  const push = (op: DiffOp['op'], word: string) => {
    const last = ops[ops.length - 1];
    if (last?.op === op) last.text += ` ${word}`;
    else ops.push({ op, text: word });
  };
  const pageWord = (k: number) => shown?.page[k] ?? page[k];
  const sourceWord = (k: number) => shown?.source[k] ?? source[k];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (page[i] === source[j]) {
      push('same', pageWord(i));
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) push('removed', pageWord(i++));
    else push('added', sourceWord(j++));
  }
  while (i < n) push('removed', pageWord(i++));
  while (j < m) push('added', sourceWord(j++));
  return ops;
}
