import type { ImportInput, ImportReply, ImportRequest, ImportSummary } from '../../shared/messages';
import type { ImportProgress } from './import-documents';

/**
 * Runs an import in a worker of this page, which hears only how far it got;
 * rejects with the worker's message if it fails. It resolves once the
 * documents are stored; the worker then goes on to bring the matcher's
 * segments up to date, and ends.
 */
export function importInWorker(request: ImportInput, onProgress?: (progress: ImportProgress) => void): Promise<ImportSummary> {
  return new Promise<ImportSummary>((resolve, reject) => {
    runWorker(request, (reply) => {
      if (reply.type === 'reading') onProgress?.({ step: 'reading', done: reply.done, total: reply.total });
      else if (reply.type === 'storing') onProgress?.({ step: 'storing' });
      else if (reply.type === 'stored') resolve(reply.summary);
    }).catch(reject);
  });
}

/** Compiles again, in a worker of this page, the segments documents were removed from, and merges small ones. Resolves with how many were replaced. */
export function compactInWorker(): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    runWorker({ kind: 'compact' }, (reply) => {
      if (reply.type === 'compacted') resolve(reply.replaced);
    }).catch(reject);
  });
}

/** Starts the import worker on a request and hands it each reply; settles when it is done or failed, and ends it. */
function runWorker(request: ImportRequest, onReply: (reply: ImportReply) => void): Promise<void> {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<void>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<ImportReply>) => {
      onReply(data);
      if (data.type === 'compacted') resolve();
      else if (data.type === 'error') reject(new Error(data.message));
    };
    worker.onerror = (event) => reject(new Error(`The import failed: ${event.message || 'its worker did not start'}`));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
