import { useEffect, useRef } from 'preact/hooks';
import type { DocumentView } from '../../db/document-view';
import { formatPublished } from '../../share/cite';
import { toRuns, type Span } from './spans';

/** A corpus document as the reader checks it: metadata, original link, the cited sentence in view, names and claims marked. */
export function SourceView({ view }: { view: DocumentView | null }) {
  const cited = useRef<HTMLElement | null>(null);
  useEffect(() => cited.current?.scrollIntoView({ block: 'center' }), [view]);
  if (!view) return <p class="fm-state">This document is not in the corpus.</p>;

  const { doc } = view;
  const spans: Span[] = [
    ...view.claims.map((c) => ({ start: c.start, end: c.end, kind: 'claim' as const, id: c.id })),
    ...view.quotes.map((q) => ({ start: q.start, end: q.end, kind: 'quote' as const, id: q.id })),
    ...view.mentions.map((m) => ({ start: m.start, end: m.end, kind: 'name' as const, id: m.entityId })),
    ...(view.sentence ? [{ start: view.sentence.start, end: view.sentence.end, kind: 'cited' as const, id: view.sentence.id }] : []),
  ];
  const names = new Map(view.mentions.map((m) => [m.entityId, m.name]));
  let citedSeen = false;
  return (
    <article class="fm-source-view">
      <header>
        <h1>{doc.title}</h1>
        <p class="fm-meta">
          {[doc.outlet, doc.author, doc.published && formatPublished(doc.published), doc.section].filter(Boolean).join(' · ')}
        </p>
        {doc.url && (
          <p>
            <a href={doc.url} target="_blank" rel="noopener noreferrer">
              Original article
            </a>
          </p>
        )}
      </header>
      {toRuns(doc.text, spans).map((runs, i) => (
        <p key={i}>
          {runs.map((run) => {
            let node: preact.ComponentChild = run.text;
            // Innermost first: names inside claims inside the cited sentence.
            for (const span of [...run.spans].sort((a, b) => b.start - a.start || a.end - b.end)) {
              if (span.kind === 'cited') {
                const first = !citedSeen;
                citedSeen = true;
                node = (
                  <mark class="fm-cited-sentence" ref={first ? cited : undefined}>
                    {node}
                  </mark>
                );
              } else {
                node = (
                  <span class={`fm-span fm-span-${span.kind}`} data-id={span.id} title={span.kind === 'name' ? names.get(span.id) : undefined}>
                    {node}
                  </span>
                );
              }
            }
            return node;
          })}
        </p>
      ))}
    </article>
  );
}
