import { render } from 'preact';
import { loadFindings, reveal, targetTabId } from '../../src/ui/popup/load-findings';
import { PopupView, type PopupState } from '../../src/ui/popup/PopupView';
import '../../src/ui/styles/popup.css';

const root = document.getElementById('app')!;
const show = (state: PopupState, tabId: number | null) => render(<PopupView state={state} onReveal={(id) => reveal(tabId, id)} />, root);

const POLL_MS = 400;

async function refresh(tabId: number | null): Promise<void> {
  const state = await loadFindings(tabId);
  show(state, tabId);
  // While the page is still being read, its findings grow: keep the list current.
  if (state.status === 'ready' && state.page.scanning) setTimeout(() => void refresh(tabId), POLL_MS);
}

show({ status: 'loading' }, null);
void targetTabId(location.search).then(refresh);
