/**
 * What makes a statement check-worthy besides its figures and written dates:
 * records and superlatives, and dates told relative to another ("that day",
 * "last week", "on Sunday"). The corpus keeps sentences with any of these as
 * claims; a page sentence restates one only if it has its figures, its date,
 * its actors or these words.
 */
const RECORD =
  /\b(?:a record(?! of\b|[- ](?:label|player|company|shop|store|collection)s?\b)|(?:set|sets|setting|broke|breaks|breaking|broken|beat|beats|beaten|equalled|equaled|matched) (?:a|the|its|their|his|her)(?: [\p{L}-]+)? record|record[- ](?:highs?|lows?|profits?|loss(?:es)?|sales|numbers?|levels?|turnout|temperatures?|year|quarter|month|revenues?|earnings|prices?)|unprecedented|for the first time|the first time|(?:the most|the least)(?: \w+)? (?:ever|since|in)|(?:the|\p{L}+['’]s)\s+(?:single\s+)?(?:biggest|largest|highest|lowest|longest|shortest|worst|best|busiest|fastest|slowest|smallest|oldest|youngest|deadliest|strongest|weakest|richest|poorest|greatest|steepest|sharpest|most\s+\p{Ll}+))\b/iu;

/** Dates told relative to the text's own: "the same day", "last week", "on Sunday", "yesterday". */
export const RELATIVE_TIME =
  /\b(?:(?:on )?(?:the same day|that day|that same day)|the (?:next|following) day|a day later|(?:last|next|this|later this|earlier this) (?:week|weekend|month|year)|yesterday|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

/**
 * Words without which RECORD cannot match: a plain case-insensitive scan for
 * them costs a tenth of RECORD's Unicode one, and most sentences have none.
 */
const RECORD_WORDS =
  /record|unprecedented|first time|most|least|biggest|largest|highest|lowest|longest|shortest|worst|best|busiest|fastest|slowest|smallest|oldest|youngest|deadliest|strongest|weakest|richest|poorest|greatest|steepest|sharpest/i;

/** Whether a text states a record or a superlative ("a record high", "the largest protest since 1991"). */
export function statesRecord(text: string): boolean {
  return RECORD_WORDS.test(text) && RECORD.test(text);
}
