import type { ImportSummary, StoreReply, StoreRequest } from '../../shared/messages';

/** Stores a pack (or checks and stores a pack file) in a worker of this page; rejects with the worker's message if it fails. */
export function storeInWorker(request: StoreRequest): Promise<ImportSummary> {
  const worker = new Worker(new URL('./store.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ImportSummary>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<StoreReply>) => (data.type === 'stored' ? resolve(data.summary) : reject(new Error(data.message)));
    worker.onerror = (event) => reject(new Error(`Storing the documents failed: ${event.message || 'the worker did not start'}`));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
