/**
 * Words that places and organisations write in full or abbreviated ("St.
 * Petersburg", "Saint Petersburg"; "Mt. Elbrus", "Mount Elbrus"): a page may
 * write either, whichever its source did.
 */
const PAIRS: [RegExp, string, RegExp, string][] = [
  [/\bSt\.?(?=\s)/g, 'Saint', /\bSaint(?=\s)/g, 'St.'],
  [/\bMt\.?(?=\s)/g, 'Mount', /\bMount(?=\s)/g, 'Mt.'],
  [/\bFt\.?(?=\s)/g, 'Fort', /\bFort(?=\s)/g, 'Ft.'],
];

/** The other ways a name may be written with those words, in full or abbreviated; none where it has none. */
export function abbreviationVariants(name: string): string[] {
  const out: string[] = [];
  for (const [short, long, full, abbreviated] of PAIRS) {
    if (short.test(name)) out.push(name.replace(short, long));
    if (full.test(name)) out.push(name.replace(full, abbreviated));
    short.lastIndex = 0;
    full.lastIndex = 0;
  }
  return out.filter((variant) => variant !== name);
}
