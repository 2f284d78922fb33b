import { buildPackInParallel, stepWorkerOver } from '../../corpus/parallel-build';
import type { UserDocumentInput } from '../../corpus/user-input';
import { asImportError, userBuildOptions, userDocuments } from '../../corpus/user-documents';
import type { BuildStepReply, BuildStepRequest } from '../../shared/messages';
import type { CorpusPack } from '../../shared/records';

/** Documents per worker below which another worker costs more (its model loads) than it saves. */
const DOCUMENTS_PER_WORKER = 20;
const MAX_WORKERS = 4;

/**
 * Reads the user's documents into a pack in workers of the import worker,
 * one per core up to four (fewer for a few documents); `onProgress` hears
 * how far it got. The import worker itself only checks the inputs and
 * passes messages.
 */
export async function ingestInWorkers(inputs: UserDocumentInput[], onProgress?: (done: number, total: number) => void): Promise<CorpusPack> {
  const documents = userDocuments(inputs);
  const count = Math.max(1, Math.min(navigator.hardwareConcurrency || 1, MAX_WORKERS, Math.ceil(documents.length / DOCUMENTS_PER_WORKER)));
  const workers = Array.from({ length: count }, () => new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' }));
  try {
    const steps = workers.map((worker) =>
      stepWorkerOver(
        (request: BuildStepRequest) => worker.postMessage(request),
        (onReply, onFailure) => {
          worker.onmessage = ({ data }: MessageEvent<BuildStepReply>) => onReply(data);
          worker.onerror = (event) => onFailure(new Error(`Reading the documents failed: ${event.message || 'the worker did not start'}`));
        },
      ),
    );
    return await buildPackInParallel(documents, steps, userBuildOptions({ onProgress }));
  } catch (error) {
    throw asImportError(error, inputs);
  } finally {
    for (const worker of workers) worker.terminate();
  }
}
