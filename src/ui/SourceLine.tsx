import type { SourceRef } from '../shared/sources';
import { formatPublished } from '../share/cite';
import { webAddress } from '../shared/web-address';

/** Title (linked to the original), outlet, author and date of a corpus document. */
export function SourceLine({ source }: { source: SourceRef }) {
  const details = [source.outlet, source.author, source.published && formatPublished(source.published)].filter(Boolean);
  const url = webAddress(source.url);
  return (
    <p class="fm-source">
      {url ? (
        <a href={url} target="_blank" rel="noopener noreferrer">
          {source.title}
        </a>
      ) : (
        <span>{source.title}</span>
      )}
      {details.length > 0 && <span class="fm-source-details"> — {details.join(' · ')}</span>}
    </p>
  );
}
