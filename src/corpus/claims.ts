import { extractDates, extractFigures } from '../figures/extract';
import type { ClaimRecord, EntityRecord, SentenceRecord } from '../shared/records';

/** Records and superlatives are check-worthy even without a figure. */
const RECORD = /\b(?:a record|record number|the (?:biggest|largest|highest|lowest|first|longest|worst)|unprecedented)\b/i;

/**
 * Check-worthy statements: sentences with a figure (a count, money, a share, a
 * duration, an age), a dated event, or a record — with their figures
 * normalised, the date they are about, and the entities they mention.
 */
export function extractClaims(
  docId: string,
  sentences: SentenceRecord[],
  entities: EntityRecord[],
  published: string | null,
): ClaimRecord[] {
  const claims: ClaimRecord[] = [];
  for (const sentence of sentences) {
    if (!/[.!?]["”’)]?$/.test(sentence.text)) continue; // headings and captions are not statements
    const figures = extractFigures(sentence.text)
      .filter((f) => f.unit !== 'year')
      .map((f) => ({ ...f, start: f.start + sentence.start, end: f.end + sentence.start }));
    const dates = extractDates(sentence.text, published);
    const dated = dates.find((d) => d.iso.length === 10);
    if (!figures.length && !dated && !RECORD.test(sentence.text)) continue;
    const entityIds = entities
      .filter((e) => e.mentions.some((m) => m.docId === docId && m.start >= sentence.start && m.end <= sentence.end))
      .map((e) => e.id);
    claims.push({
      id: `${docId}#c${claims.length}`,
      docId,
      sentenceId: sentence.id,
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      figures,
      date: dated?.iso ?? dates[0]?.iso ?? null,
      entityIds,
      origin: 'default',
    });
  }
  return claims;
}
