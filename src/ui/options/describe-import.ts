import type { ImportSummary } from '../../shared/messages';
import { countOf } from '../labels';

/** "Added 1 document: 12 names (3 new), 4 claims and 2 quotes." */
export function describeImport(summary: ImportSummary): string {
  return `Added ${countOf(summary.documents, 'document')}: ${countOf(summary.entities, 'name')} (${summary.newEntities.toLocaleString('en')} new), ${countOf(summary.claims, 'claim')} and ${countOf(summary.quotes, 'quote')}.`;
}
