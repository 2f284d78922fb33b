import { render } from 'preact';
import { askBackground } from '../../src/messaging/ask-background';
import type { Settings } from '../../src/settings/settings';
import type { LookupResponse } from '../../src/shared/messages';
import { describeImport } from '../../src/ui/options/describe-import';
import { importDocuments } from '../../src/ui/import/import-documents';
import { loadFindings, readPageArticle, reveal, targetTabId } from '../../src/ui/popup/load-findings';
import { PopupView, type PopupState } from '../../src/ui/popup/PopupView';
import '../../src/ui/styles/popup.css';

// Measured by the benchmark, with 'factmark:findings-shown': the popup's own share of its first view.
performance.mark('factmark:script-start');
const POLL_MS = 400;
const root = document.getElementById('app')!;
let state: PopupState = { status: 'loading' };
let settings: Settings | null = null;
let tabId: number | null = null;
let addStatus: string | null = null;
let lookupResult: LookupResponse | null = null;
let lookupQuery = '';

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
      onLookup={(query) => void runLookup(query)}
    />,
    root,
  );
}

async function changeSettings(next: Settings): Promise<void> {
  settings = await askBackground({ type: 'set-settings', settings: next });
  show();
  await refresh();
}

async function runLookup(query: string): Promise<void> {
  lookupQuery = query;
  if (!query.trim()) {
    lookupResult = null;
    show();
    return;
  }
  const result = await askBackground({ type: 'lookup', query });
  // Answers can arrive out of order while typing: keep only the latest query's.
  if (query !== lookupQuery) return;
  lookupResult = result;
  show();
}

async function addPage(): Promise<void> {
  if (tabId === null) return;
  addStatus = 'Adding…';
  show();
  try {
    const summary = await importDocuments([await readPageArticle(tabId)]);
    addStatus = describeImport(summary);
  } catch (error) {
    addStatus = error instanceof Error ? error.message : String(error);
  }
  show();
}

async function refresh(): Promise<void> {
  state = await loadFindings(tabId);
  show();
  // Measured by the benchmark: the popup's first view of the page.
  if (!performance.getEntriesByName('factmark:findings-shown').length) performance.mark('factmark:findings-shown');
  // While the page is still being read, its findings grow: keep the list current.
  if (state.status === 'ready' && state.page.scanning) setTimeout(() => void refresh(), POLL_MS);
}

show();
// Findings and settings come from different places (the tab, the background): show each as it arrives.
void targetTabId(location.search).then((id) => {
  tabId = id;
  return refresh();
});
void askBackground({ type: 'get-settings' }).then((value) => {
  settings = value;
  show();
});
