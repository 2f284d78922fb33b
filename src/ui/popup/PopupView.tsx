import { useState } from 'preact/hooks';
import type { Settings } from '../../settings/settings';
import type { Finding, FindingsResponse, LookupResponse } from '../../shared/messages';
import type { OpenSource } from '../CitedSentenceView';
import { Controls } from './Controls';
import { Lookup } from './Lookup';
import { CLAIM_VERDICT_LABEL, countOf, QUOTE_VERDICT_LABEL, TYPE_LABEL } from '../labels';
import { SourceDetails } from '../SourceDetails';

export type PopupState =
  | { status: 'loading' }
  | { status: 'unreadable'; reason: string }
  | { status: 'ready'; page: FindingsResponse };

export interface PopupViewProps {
  state: PopupState;
  settings: Settings | null;
  onReveal(id: string, verdict: string | null): void;
  onOpenSource: OpenSource;
  onSettings(next: Settings): void;
  onAddPage(): void;
  lookup: LookupResponse | null;
  onLookup(query: string): void;
  /** The search box got focus (the background may get ready for look-ups). */
  onLookupFocus?(): void;
  /** What adding the page to the corpus said, if it was tried. */
  addStatus: string | null;
}

/** The popup: what Factmark found on the current page, each item with its corpus sources. */
export function PopupView({ state, settings, onReveal, onOpenSource, onSettings, onAddPage, addStatus, lookup, onLookup, onLookupFocus }: PopupViewProps) {
  const searching = Boolean(lookup?.query);
  const hostname = state.status === 'ready' ? hostnameOf(state.page.url) : null;
  return (
    <main class="fm-popup">
      <header>
        <h1>Factmark</h1>
      </header>
      {settings && <Controls settings={settings} hostname={hostname} onChange={onSettings} />}
      <Lookup result={lookup} onQuery={onLookup} onFocus={onLookupFocus} onOpenSource={onOpenSource} />
      {!searching && state.status === 'loading' && <p class="fm-state">Reading this page…</p>}
      {!searching && state.status === 'unreadable' && (
        <p class="fm-state fm-unreadable" role="status">
          Factmark can’t read this page. {state.reason}
        </p>
      )}
      {!searching && state.status === 'ready' && <Findings page={state.page} onReveal={onReveal} onOpenSource={onOpenSource} />}
      {!searching && state.status === 'ready' && (
        <footer class="fm-add">
          <button type="button" class="fm-add-page" onClick={onAddPage}>
            Add this page to the corpus
          </button>
          {addStatus && (
            <p class="fm-add-status" role="status">
              {addStatus}
            </p>
          )}
        </footer>
      )}
    </main>
  );
}

function hostnameOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

function Findings({ page, onReveal, onOpenSource }: { page: FindingsResponse; onReveal(id: string, verdict: string | null): void; onOpenSource: OpenSource }) {
  if (!page.active) return <p class="fm-state fm-inactive">Highlights are off on this page.</p>;
  if (!page.findings.length && page.scanning) return <p class="fm-state">Reading this page…</p>;
  if (!page.findings.length) {
    return (
      <p class="fm-state fm-empty" role="status">
        Nothing from the corpus on this page.
      </p>
    );
  }
  const groups: { title: string; kind: Finding['kind'] }[] = [
    { title: 'Claims', kind: 'claim' },
    { title: 'Quotes', kind: 'quote' },
    { title: 'Names', kind: 'name' },
  ];
  return (
    <>
      <p class="fm-counts">
        {groups.map((g) => countOf(page.findings.filter((f) => f.kind === g.kind).length, g.kind)).join(' · ')}
      </p>
      {groups.map((group) => {
        const items = page.findings.filter((f) => f.kind === group.kind);
        if (!items.length) return null;
        return (
          <section key={group.kind} class={`fm-group fm-group-${group.kind}`} aria-label={group.title}>
            <h2>{group.title}</h2>
            {/* Claims and quotes come grouped by verdict, problems first, each group under its heading. */}
            {byVerdict(items).map(([verdict, list]) => {
              const heading = verdict ? VERDICT_HEADING[verdict] : undefined;
              const headingId = heading ? `fm-group-${group.kind}-${verdict}` : undefined;
              return (
                <div key={verdict ?? 'all'} class="fm-verdict-group" data-verdict-group={verdict ?? undefined}>
                  {heading && (
                    <h3 id={headingId} class={`fm-verdict-heading fm-verdict-heading-${verdict}`}>
                      {heading} <span class="fm-group-count">{list.length}</span>
                    </h3>
                  )}
                  <ul aria-labelledby={headingId}>
                    {list.map((finding) => (
                      <FindingItem key={`${finding.id}:${finding.verdict ?? ''}`} finding={finding} page={page} onReveal={onReveal} onOpenSource={onOpenSource} />
                    ))}
                  </ul>
                </div>
              );
            })}
          </section>
        );
      })}
    </>
  );
}

const VERDICT_ORDER = ['contradicted', 'misattributed', 'altered', 'supported', 'exact', 'related'];

/** The heading over each verdict's group in the popup. */
const VERDICT_HEADING: Record<string, string> = {
  contradicted: 'Contradicted',
  supported: 'Supported',
  related: 'Related',
  misattributed: 'Misattributed',
  altered: 'Altered',
  exact: 'Exact',
};

function byVerdict(items: Finding[]): [string | null, Finding[]][] {
  const groups = new Map<string | null, Finding[]>();
  for (const item of [...items].sort((a, b) => VERDICT_ORDER.indexOf(a.verdict ?? '') - VERDICT_ORDER.indexOf(b.verdict ?? ''))) {
    groups.set(item.verdict, [...(groups.get(item.verdict) ?? []), item]);
  }
  return [...groups];
}

function FindingItem({
  finding,
  page,
  onReveal,
  onOpenSource,
}: {
  finding: Finding;
  page: FindingsResponse;
  onReveal(id: string, verdict: string | null): void;
  onOpenSource: OpenSource;
}) {
  const context = page.sources[finding.id];
  const badge =
    finding.kind === 'name' && context?.kind === 'name'
      ? TYPE_LABEL[context.type]
      : finding.kind === 'claim' && finding.verdict
        ? CLAIM_VERDICT_LABEL[finding.verdict as keyof typeof CLAIM_VERDICT_LABEL]
        : finding.kind === 'quote' && finding.verdict
          ? QUOTE_VERDICT_LABEL[finding.verdict as keyof typeof QUOTE_VERDICT_LABEL]
          : null;
  const label = context?.kind === 'name' ? context.name : finding.text;
  const [open, setOpen] = useState(false);
  return (
    <li class="fm-finding" data-finding-id={finding.id} data-verdict={finding.verdict ?? undefined}>
      <button type="button" class="fm-reveal" onClick={() => onReveal(finding.id, finding.verdict)} title="Show on the page">
        {label}
      </button>
      {badge && <span class={`fm-badge fm-badge-${finding.verdict ?? finding.kind}`}>{badge}</span>}
      {finding.count > 1 && <span class="fm-count"> ×{finding.count}</span>}
      {context && (
        <details class="fm-evidence" onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary>Sources</summary>
          {/* The evidence is rendered when asked for: the popup opens fast on pages with many highlights. */}
          {open && <SourceDetails context={context} onOpenSource={onOpenSource} />}
        </details>
      )}
    </li>
  );
}
