import { render } from 'preact';
import { loadFindings, reveal, targetTabId } from '../../src/ui/popup/load-findings';
import { PopupView, type PopupState } from '../../src/ui/popup/PopupView';
import '../../src/ui/styles/popup.css';

const root = document.getElementById('app')!;
const show = (state: PopupState, tabId: number | null) => render(<PopupView state={state} onReveal={(id) => reveal(tabId, id)} />, root);

show({ status: 'loading' }, null);
void targetTabId(location.search).then(async (tabId) => show(await loadFindings(tabId), tabId));
