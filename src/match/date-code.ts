/**
 * ISO dates of any precision as one integer, for compact storage:
 * "2021-01-23" → 20210123, "2021-01" → 20210100, "2021" → 20210000, none → 0.
 */
export function encodeDate(iso: string | null): number {
  const m = iso?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/);
  return m ? Number(m[1]) * 10_000 + Number(m[2] ?? 0) * 100 + Number(m[3] ?? 0) : 0;
}

export function decodeDate(code: number): string | null {
  if (!code) return null;
  const year = Math.floor(code / 10_000);
  const month = Math.floor(code / 100) % 100;
  const day = code % 100;
  const pad = (n: number) => String(n).padStart(2, '0');
  return month ? (day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`) : String(year);
}
