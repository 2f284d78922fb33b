import { buildUserPack } from '../../corpus/user-pack';
import type { IngestReply, IngestRequest } from '../../shared/messages';

/** Progress at most this often: each message is a task on the page's main thread. */
const PROGRESS_MS = 100;

// Ingestion tags every word with wink-nlp: seconds for a large import, never on the page's main thread.
const scope = self as unknown as { onmessage: ((event: MessageEvent<IngestRequest>) => void) | null; postMessage(reply: IngestReply): void };

scope.onmessage = ({ data }) => {
  let last = 0;
  try {
    const pack = buildUserPack(data.inputs, {
      onProgress: (done, total) => {
        // The end of each pass is always said: names, then claims and quotes.
        if (Date.now() - last < PROGRESS_MS && done * 2 !== total && done !== total) return;
        last = Date.now();
        scope.postMessage({ type: 'progress', done, total });
      },
    });
    scope.postMessage({ type: 'pack', pack });
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
