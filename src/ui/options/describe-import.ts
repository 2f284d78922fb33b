import type { ImportSummary } from '../../shared/messages';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "Added 1 document: 12 names (3 new), 4 claims and 2 quotes." */
export function describeImport(summary: ImportSummary): string {
  return `Added ${plural(summary.documents, 'document')}: ${plural(summary.entities, 'name')} (${summary.newEntities} new), ${plural(summary.claims, 'claim')} and ${plural(summary.quotes, 'quote')}.`;
}
