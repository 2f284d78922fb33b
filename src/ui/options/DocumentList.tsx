import { useMemo, useState } from 'preact/hooks';
import { formatPublished } from '../../share/cite';
import type { DocumentSummary } from '../../shared/messages';
import { filterDocuments, searchTextOf } from './document-filter';

/** Documents shown at first, and added by each "Show more": a corpus of thousands is not rendered at once. */
export const PAGE_SIZE = 200;
/** Past this many documents, a search field finds one. */
const SEARCHABLE = 10;

/**
 * The corpus's documents, found by title or outlet and shown a page at a time,
 * each of the user's with its Remove button (disabled while a change is under way).
 */
export function DocumentList({ documents, busy = false, onRemove }: { documents: DocumentSummary[]; busy?: boolean; onRemove(docId: string): void }) {
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE_SIZE);
  const searchTexts = useMemo(() => documents.map(searchTextOf), [documents]);
  const found = useMemo(() => filterDocuments(documents, searchTexts, query), [documents, searchTexts, query]);
  const left = found.length - shown;
  return (
    <>
      {documents.length > SEARCHABLE && (
        <div class="fm-find">
          <input
            type="search"
            aria-label="Find a document"
            placeholder="Find a document by title or outlet"
            value={query}
            onInput={(e) => {
              setQuery(e.currentTarget.value);
              setShown(PAGE_SIZE);
            }}
          />
          <span class="fm-hint" aria-live="polite">
            {query.trim() ? `${found.length.toLocaleString('en')} of ${documents.length.toLocaleString('en')}` : ''}
          </span>
        </div>
      )}
      <ul class="fm-documents">
        {found.slice(0, shown).map((doc) => (
          <li key={doc.id} data-doc-id={doc.id}>
            <span class="fm-doc-title">{doc.title}</span>
            <span class="fm-doc-meta">
              {[doc.outlet, doc.published && formatPublished(doc.published), doc.origin === 'default' ? 'default corpus' : 'added by you'].filter(Boolean).join(' · ')}
            </span>
            {doc.origin === 'user' && (
              <button type="button" disabled={busy} onClick={() => onRemove(doc.id)} aria-label={`Remove ${doc.title}`}>
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      {left > 0 && (
        <button type="button" class="fm-more" onClick={() => setShown(shown + PAGE_SIZE)}>
          Show {Math.min(PAGE_SIZE, left).toLocaleString('en')} more of {left.toLocaleString('en')}
        </button>
      )}
    </>
  );
}
