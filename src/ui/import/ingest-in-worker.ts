import type { UserDocumentInput } from '../../corpus/user-input';
import type { IngestReply, IngestRequest } from '../../shared/messages';
import type { CorpusPack } from '../../shared/records';

/** Reads the user's documents into a pack in a worker of this page; `onProgress` hears how far it got. */
export function ingestInWorker(inputs: UserDocumentInput[], onProgress?: (done: number, total: number) => void): Promise<CorpusPack> {
  const worker = new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<CorpusPack>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<IngestReply>) => {
      if (data.type === 'progress') {
        onProgress?.(data.done, data.total);
        return;
      }
      if (data.type === 'pack') resolve(data.pack);
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => reject(new Error(`Reading the documents failed: ${event.message || 'the worker did not start'}`));
    worker.postMessage({ inputs } satisfies IngestRequest);
  }).finally(() => worker.terminate());
}
