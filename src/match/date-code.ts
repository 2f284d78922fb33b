/**
 * ISO dates of any precision as one integer, for compact storage:
 * "2021-01-23" → 20210123, "2021-01" → 20210100, "2021" → 20210000, none → 0.
 */
export function encodeDate(iso: string | null): number {
  if (!iso || (iso.length !== 4 && iso.length !== 7 && iso.length !== 10)) return 0;
  const [year, month = 0, day = 0] = iso.split('-').map(Number);
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) ? year * 10_000 + month * 100 + day : 0;
}

export function decodeDate(code: number): string | null {
  if (!code) return null;
  const year = Math.floor(code / 10_000);
  const month = Math.floor(code / 100) % 100;
  const day = code % 100;
  const pad = (n: number) => String(n).padStart(2, '0');
  return month ? (day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`) : String(year);
}
