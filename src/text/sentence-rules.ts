/** Where a sentence does not end, whichever splitter proposed the break. */

/** Abbreviations after which a period does not end a sentence (Sept. 9, St. Petersburg, U.S. ambassador). */
const ABBREVIATION = /(?:^|[\s("“])(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Prof|Rev|No|vs|etc|e\.g|i\.e|U\.S|U\.K|U\.N|E\.U|[A-Z])\.["”’']?\s*$/;

/** Whether text ending here ends with an abbreviation. Reads only the end: a regex anchored at $ would scan it all. */
export function endsWithAbbreviation(text: string): boolean {
  return ABBREVIATION.test(text.slice(-12));
}

/** Whether what follows a break continues the sentence: lower case, or closing punctuation. */
export function continuesSentence(next: string): boolean {
  return /^\s*[a-z,;)”’]/.test(next);
}

/** Whether a piece of text leaves a double quotation open: the sentence goes on to its close. */
export function insideQuote(text: string): boolean {
  let opens = 0;
  let closes = 0;
  let straight = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x201c) opens++;
    else if (ch === 0x201d) closes++;
    else if (ch === 34) straight++;
  }
  if (opens || closes) return opens > closes;
  return straight % 2 === 1;
}
