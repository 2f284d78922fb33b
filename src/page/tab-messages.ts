import type { TabRequest } from '../shared/messages';
import { parseTabRequest } from '../shared/validate-message';

type Listener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean;

/** The part of `runtime.onMessage` this needs. */
export interface MessageEvents {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}

/**
 * Answers the popup's and the background's requests to this page (validated
 * first: a page can talk to its content script too) until `signal` aborts,
 * when the content script is invalidated: the listener goes with it.
 */
export function answerTabRequests(events: MessageEvents, answer: (request: TabRequest) => unknown, signal: AbortSignal): void {
  if (signal.aborted) return;
  const listener: Listener = (message, _sender, sendResponse) => {
    try {
      sendResponse(answer(parseTabRequest(message)));
    } catch (error) {
      sendResponse({ error: error instanceof Error ? error.message : String(error) });
    }
    return false;
  };
  events.addListener(listener);
  signal.addEventListener('abort', () => events.removeListener(listener), { once: true });
}
