/**
 * ISO dates of any precision as one integer, for compact storage:
 * "2021-01-23" → 20210123, "2021-01" → 20210100, "2021" → 20210000, none → 0.
 */
export function encodeDate(iso: string | null): number {
  if (!iso || (iso.length !== 4 && iso.length !== 7 && iso.length !== 10)) return 0;
  // Read by character codes: a corpus has a date on every claim.
  const digits = (from: number, count: number) => {
    let value = 0;
    for (let i = from; i < from + count; i++) {
      const d = iso.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return NaN;
      value = value * 10 + d;
    }
    return value;
  };
  if ((iso.length > 4 && iso[4] !== '-') || (iso.length > 7 && iso[7] !== '-')) return 0;
  const code = digits(0, 4) * 10_000 + (iso.length > 4 ? digits(5, 2) * 100 : 0) + (iso.length > 7 ? digits(8, 2) : 0);
  return Number.isNaN(code) ? 0 : code;
}

export function decodeDate(code: number): string | null {
  if (!code) return null;
  const year = Math.floor(code / 10_000);
  const month = Math.floor(code / 100) % 100;
  const day = code % 100;
  const pad = (n: number) => String(n).padStart(2, '0');
  return month ? (day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`) : String(year);
}
