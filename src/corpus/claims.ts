import { dateOfStatement, extractDates, extractFigures, SPEECH_DATE } from '../figures/extract';
import { withReckoned } from '../figures/reckoned';
import { NUMBER_WORD_PATTERN, numberValue } from '../figures/words';
import type { ClaimRecord, SentenceRecord } from '../shared/records';
import { statesRecord } from '../text/check-worthy';
import type { NamedMention } from './mentions';

/** A date carried over from the sentence before: "On the same day, …". */
const SAME_DAY = /\b(?:on )?(?:the same day|that day|that same day)\b/i;
const NEXT_DAY = /\b(?:the (?:next|following) day|a day later)\b/i;
/** "Ten years prior": a year counted from the date before. */
const YEARS_FROM = new RegExp(`\\b(\\d+|${NUMBER_WORD_PATTERN}) years? (prior|earlier|before|later|after)\\b`, 'i');
/** Weeks have no ISO date here, but a statement about one is dated. */
const RELATIVE_WEEK = /\b(?:last|next|this|later this|earlier this) (?:week|weekend|month)\b/i;

/**
 * Check-worthy statements: sentences with a figure (a count, money, a share, a
 * duration, an age), a dated event, or a record or superlative — with their
 * figures normalised, the date they are about, and the entities they mention.
 * Headings (no end punctuation) are not statements.
 */
export function extractClaims(docId: string, sentences: SentenceRecord[], mentions: readonly NamedMention[], published: string | null): ClaimRecord[] {
  const claims: ClaimRecord[] = [];
  let lastDate: string | null = null;
  let m = 0;
  for (const sentence of sentences) {
    while (m < mentions.length && mentions[m].start < sentence.start) m++;
    const figures = withReckoned(sentence.text, extractFigures(sentence.text).filter((f) => f.unit !== 'year'), published)
      .sort((a, b) => a.start - b.start)
      .map((f) => ({ ...f, start: f.start + sentence.start, end: f.end + sentence.start }));
    const dates = extractDates(sentence.text, published);
    let date = dateOfStatement(dates);
    if (!date && lastDate && SAME_DAY.test(sentence.text)) date = lastDate;
    if (!date && lastDate?.length === 10 && NEXT_DAY.test(sentence.text)) date = nextDay(lastDate);
    const counted = sentence.text.match(YEARS_FROM);
    if (!date && lastDate && counted) {
      const years = numberValue(counted[1]);
      date = String(Number(lastDate.slice(0, 4)) + (/prior|earlier|before/i.test(counted[2]) ? -years : years));
    }
    if (date) lastDate = date;
    if (!/[.!?]["”’)]?$/.test(sentence.text)) continue; // headings and captions are not statements
    const eventDates = dates.filter((d) => !SPEECH_DATE.test(sentence.text.slice(0, d.start)));
    const dated = eventDates.length > 0 || (date !== null && !dates.length) || RELATIVE_WEEK.test(sentence.text);
    // A vague count ("thousands of kilometres west", "tens of thousands") alone makes no claim; it is compared where one is made.
    if (!figures.some((f) => f.qualifier !== 'order-of') && !dated && !statesRecord(sentence.text)) continue;
    const entityIds: string[] = [];
    for (let k = m; k < mentions.length && mentions[k].start < sentence.end; k++) {
      if (mentions[k].end <= sentence.end && !entityIds.includes(mentions[k].entity.id)) entityIds.push(mentions[k].entity.id);
    }
    claims.push({
      id: `${docId}#c${claims.length}`,
      docId,
      sentenceId: sentence.id,
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      figures,
      date,
      entityIds,
      origin: 'default',
    });
  }
  return claims;
}

function nextDay(iso: string): string {
  const [y, mo, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, mo - 1, d + 1)).toISOString().slice(0, 10);
}
