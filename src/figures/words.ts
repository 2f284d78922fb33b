/** Words for numbers and months, shared by the figure and date readers (and the claims' "ten years prior"). */

/** Numbers written as words, with their values: "three" → 3, "dozen" → 12. */
export const WORD_NUMBERS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

/** The number words as a regex alternation (longest first, so "seventeen" is not read as "seven"). */
export const NUMBER_WORD_PATTERN = Object.keys(WORD_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** A number in digits or words ("10", "ten"), or NaN; thousands grouped by commas or by the thin spaces of European print ("15 000"). */
export function numberValue(word: string): number {
  return /^\d/.test(word) ? Number(word.replace(/[,\u00a0\u202f\u2009]/g, '')) : (WORD_NUMBERS[word.toLowerCase()] ?? NaN);
}

/** Month names, full or abbreviated ("Sept", "September"), as a regex group capturing the name. */
export const MONTH_NAME = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** Month numbers by the first three letters of the name. */
export const MONTH_INDEX: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
