import { render } from 'preact';
import { askBackground } from '../../src/messaging/ask-background';
import type { Settings } from '../../src/settings/settings';
import type { LookupResponse } from '../../src/shared/messages';
import { loadFindings, reveal, targetTabId } from '../../src/ui/popup/load-findings';
import { PopupView, type PopupState } from '../../src/ui/popup/PopupView';
import popupCss from '../../src/ui/styles/popup.css?inline';

// Measured by the benchmark and the popup-timing e2e test, with 'factmark:findings-shown': the popup's own share of its first view.
performance.mark('factmark:script-start');
const POLL_MS = 400;
/** Look-ups wait for a pause in typing: one request per word typed, not per key. */
const LOOKUP_DELAY_MS = 150;

// The first thing the popup does is ask its tab what it found: the answer travels while the page is built.
const tabIdReady = targetTabId(location.search);
const firstFindings = tabIdReady.then((id) => loadFindings(id));

// The styles go in with the script (no stylesheet request to wait for before it runs).
const style = document.createElement('style');
style.textContent = popupCss;
document.head.append(style);

const root = document.getElementById('app')!;
let state: PopupState = { status: 'loading' };
let settings: Settings | null = null;
let tabId: number | null = null;
let addStatus: string | null = null;
let lookupResult: LookupResponse | null = null;
let lookupQuery = '';
let lookupTimer: ReturnType<typeof setTimeout> | undefined;

function show(): void {
  render(
    <PopupView
      state={state}
      settings={settings}
      onReveal={(id, verdict) => reveal(tabId, id, verdict)}
      onOpenSource={(docId, sentenceId) => void askBackground({ type: 'open-source', docId, sentenceId })}
      onSettings={(next) => void changeSettings(next)}
      onAddPage={() => void addPage()}
      addStatus={addStatus}
      lookup={lookupResult}
      onLookup={onLookup}
      onLookupFocus={warmLookup}
    />,
    root,
  );
}

async function changeSettings(next: Settings): Promise<void> {
  settings = await askBackground({ type: 'set-settings', settings: next });
  show();
  await refresh();
}

function onLookup(query: string): void {
  lookupQuery = query;
  clearTimeout(lookupTimer);
  if (!query.trim()) {
    lookupResult = null;
    show();
    return;
  }
  lookupTimer = setTimeout(() => void runLookup(query), LOOKUP_DELAY_MS);
}

async function runLookup(query: string): Promise<void> {
  const result = await askBackground({ type: 'lookup', query });
  // Answers can arrive out of order while typing: keep only the latest query's.
  if (query !== lookupQuery) return;
  lookupResult = result;
  show();
}

/** The search box has focus: the background gets its look-up index ready before the first word. */
let warmed = false;
function warmLookup(): void {
  if (warmed) return;
  warmed = true;
  askBackground({ type: 'lookup', query: '' }).catch(() => undefined);
}

async function addPage(): Promise<void> {
  if (tabId === null) return;
  addStatus = 'Adding…';
  show();
  try {
    // Reading and ingesting a page (Readability, the corpus pipeline) is loaded only when asked for.
    const [{ readPageArticle }, { importDocuments }, { describeImport }] = await Promise.all([
      import('../../src/ui/popup/read-page-article'),
      import('../../src/ui/import/import-documents'),
      import('../../src/ui/options/describe-import'),
    ]);
    const summary = await importDocuments([await readPageArticle(tabId)]);
    addStatus = describeImport(summary);
  } catch (error) {
    addStatus = error instanceof Error ? error.message : String(error);
  }
  show();
}

function showFindings(next: PopupState): void {
  state = next;
  show();
  // Measured by the benchmark: the popup's first view of the page.
  // The wall-clock time too: the toolbar click it is measured from happens in another process, on another clock origin.
  if (!performance.getEntriesByName('factmark:findings-shown').length) performance.mark('factmark:findings-shown', { detail: { at: Date.now() } });
  // While the page is still being read, its findings grow: keep the list current.
  if (state.status === 'ready' && state.page.scanning) setTimeout(() => void refresh(), POLL_MS);
}

async function refresh(): Promise<void> {
  showFindings(await loadFindings(tabId));
}

// The frame of the popup at once; findings and settings come from different places (the tab, the background): each shows as it arrives.
show();
void firstFindings.then(async (first) => {
  tabId = await tabIdReady;
  showFindings(first);
});
void askBackground({ type: 'get-settings' }).then((value) => {
  settings = value;
  show();
});
