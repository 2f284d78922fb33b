/**
 * What makes a statement check-worthy besides its figures and written dates:
 * records and superlatives, and dates told relative to another ("that day",
 * "last week", "on Sunday"). The corpus keeps sentences with any of these as
 * claims; a page sentence restates one only if it has its figures, its date,
 * its actors or these words.
 */
export const RECORD =
  /\b(?:a record|record[- ](?:highs?|lows?|profits?|loss(?:es)?|sales|numbers?|levels?|turnout|temperatures?|year|quarter|month|revenues?|earnings|prices?)|unprecedented|for the first time|the first time|(?:the most|the least)(?: \w+)? (?:ever|since|in)|(?:the|\p{L}+['’]s)\s+(?:single\s+)?(?:biggest|largest|highest|lowest|longest|shortest|worst|best|busiest|fastest|slowest|smallest|oldest|youngest|deadliest|strongest|weakest|richest|poorest|greatest|steepest|sharpest|most\s+\p{Ll}+))\b/iu;

/** Dates told relative to the text's own: "the same day", "last week", "on Sunday", "yesterday". */
export const RELATIVE_TIME =
  /\b(?:(?:on )?(?:the same day|that day|that same day)|the (?:next|following) day|a day later|(?:last|next|this|later this|earlier this) (?:week|weekend|month|year)|yesterday|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
