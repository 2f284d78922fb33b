/** Where a sentence does not end, whichever splitter proposed the break. */

/**
 * Abbreviations after which a period does not end a sentence. Titles and
 * initials always stand before a name (Mr. Lukashenko, Dr. Smith, St.
 * Petersburg, John F. Kennedy); the others may end one (moved to the U.S.,
 * founded in Sept., Acme Inc.) and do so when a new sentence visibly begins.
 */
const TITLE_ABBREVIATIONS = 'Mr|Mrs|Ms|Mx|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Maj|Prof|Rev|Fr|Hon|Pres|No|Nos|vs|v|e\\.g|i\\.e|cf|[A-Z]';
const TERMINAL_ABBREVIATIONS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|U\\.S|U\\.K|U\\.N|E\\.U|U\\.S\\.A|Inc|Ltd|Corp|Co|Bros|Jr|Sr|etc|a\\.m|p\\.m';
const ABBREVIATION = new RegExp(`(?:^|[\\s("“])(?:(${TITLE_ABBREVIATIONS})|(${TERMINAL_ABBREVIATIONS}))\\.["”’']?\\s*$`);

/**
 * Words that open a sentence and never continue a name: determiners,
 * pronouns, conjunctions, prepositions and sentence adverbs. After "U.S." or
 * "Sept." a capitalised one of these starts a new sentence ("…to the U.S. The
 * next day…"), where "U.S. Ambassador" or "Sept. 12" go on.
 */
const SENTENCE_OPENERS = new Set(
  `the a an this that these those there here he she it they we i you his her its their our my your him them us
  but and or so yet then thus however meanwhile still now later earlier also instead nevertheless nonetheless moreover
  furthermore indeed besides otherwise afterwards eventually finally overall today yesterday tomorrow
  in on at after before when while since as if although though because during for from with without by to into
  under over about among between through despite unlike like
  some many most several both all each every no none few other others another such what who whom whose which why how where`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Whether text ending here ends with an abbreviation whose period does not
 * end the sentence. With `next` (the text after the break), an abbreviation
 * that can end a sentence (U.S., Sept., Inc.) ends it when a new sentence
 * visibly begins: a capitalised opener word ("The", "They", "In") or an
 * opening quotation. Reads only the end: a regex anchored at $ would scan it all.
 */
export function endsWithAbbreviation(text: string, next?: string): boolean {
  const m = ABBREVIATION.exec(text.slice(-12));
  if (!m) return false;
  if (m[1] !== undefined || next === undefined) return true;
  return !startsNewSentence(next);
}

/** Whether the text after a break visibly opens a sentence: an opening quotation, or a capitalised word that never continues a name. */
export function startsNewSentence(next: string): boolean {
  const trimmed = next.trimStart();
  if (/^["“‘]\s*\p{Lu}/u.test(trimmed)) return true;
  const word = trimmed.match(/^\p{Lu}[\p{Ll}'’]*(?=[\s,;:]|$)/u)?.[0];
  return word !== undefined && SENTENCE_OPENERS.has(word.toLowerCase().replace(/’/g, "'"));
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
