import type { DocumentSummary } from '../shared/messages';
import type { FactmarkDb } from './database';
import type { Listing } from './stored-document';

/** Every corpus document as the options page lists it, by title: read from the listing index, no document is loaded. */
export async function listDocuments(db: FactmarkDb): Promise<DocumentSummary[]> {
  const out: DocumentSummary[] = [];
  await db.documents.orderBy('listing').eachKey((key, cursor) => {
    const [title, outlet, published, origin] = key as Listing;
    out.push({ id: cursor.primaryKey as string, title, outlet: outlet || null, published: published || null, origin });
  });
  return out;
}
