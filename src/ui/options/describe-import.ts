import type { ImportSummary } from '../../shared/messages';
import { countOf } from '../labels';

/** "Added 1 document: 12 names (3 new), 4 claims and 2 quotes." — and what was left out because the corpus has it. */
export function describeImport(summary: ImportSummary): string {
  const { documents, skipped } = summary;
  if (!documents) return skipped === 1 ? 'Nothing added: the document is already in the corpus.' : `Nothing added: all ${countOf(skipped, 'document')} are already in the corpus.`;
  const added = `Added ${countOf(documents, 'document')}: ${countOf(summary.entities, 'name')} (${summary.newEntities.toLocaleString('en')} new), ${countOf(summary.claims, 'claim')} and ${countOf(summary.quotes, 'quote')}.`;
  if (!skipped) return added;
  return `${added} ${skipped === 1 ? '1 document was' : `${countOf(skipped, 'document')} were`} already in the corpus and left as ${skipped === 1 ? 'it was' : 'they were'}.`;
}
