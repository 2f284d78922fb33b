import type { ImportReply, ImportRequest, ImportSummary } from '../../shared/messages';
import type { ImportProgress } from './import-documents';

/** Runs an import in a worker of this page, which hears only how far it got; rejects with the worker's message if it fails. */
export function importInWorker(request: ImportRequest, onProgress?: (progress: ImportProgress) => void): Promise<ImportSummary> {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ImportSummary>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<ImportReply>) => {
      if (data.type === 'reading') onProgress?.({ step: 'reading', done: data.done, total: data.total });
      else if (data.type === 'storing') onProgress?.({ step: 'storing' });
      else if (data.type === 'stored') resolve(data.summary);
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => reject(new Error(`The import failed: ${event.message || 'its worker did not start'}`));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
