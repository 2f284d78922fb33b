import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChild } from 'preact';
import type { DocumentView } from '../../db/document-view';
import { formatPublished } from '../../share/cite';
import { webAddress } from '../../shared/web-address';
import { toRuns, type Run, type Span } from './spans';

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
  const url = webAddress(doc.url);
  const renderRun = (run: Run): ComponentChild => {
    let node: ComponentChild = run.text;
    // Innermost first: names inside quotes inside claims.
    for (const span of [...run.spans].filter((s) => s.kind !== 'cited').sort((a, b) => b.start - a.start || a.end - b.end)) {
      node = (
        <span class={`fm-span fm-span-${span.kind}`} data-id={span.id} title={span.kind === 'name' ? names.get(span.id) : undefined}>
          {node}
        </span>
      );
    }
    return node;
  };
  return (
    <article class="fm-source-view">
      <header>
        <h1>{doc.title}</h1>
        <p class="fm-meta">
          {[doc.outlet, doc.author, doc.published && formatPublished(doc.published), doc.section].filter(Boolean).join(' · ')}
        </p>
        {url && (
          <p>
            <a href={url} target="_blank" rel="noopener noreferrer">
              Original article
            </a>
          </p>
        )}
      </header>
      {toRuns(doc.text, spans).map((runs, i) => {
        // The cited sentence is one mark around its runs, so it reads (and is announced) as one passage.
        const citedRuns = runs.filter((r) => r.spans.some((s) => s.kind === 'cited'));
        const first = citedRuns[0];
        const last = citedRuns[citedRuns.length - 1];
        if (!first) return <p key={i}>{runs.map(renderRun)}</p>;
        const [before, inside, after] = [runs.slice(0, runs.indexOf(first)), citedRuns, runs.slice(runs.indexOf(last) + 1)];
        return (
          <p key={i}>
            {before.map(renderRun)}
            <mark class="fm-cited-sentence" ref={cited}>
              {inside.map(renderRun)}
            </mark>
            {after.map(renderRun)}
          </p>
        );
      })}
    </article>
  );
}
