import type { UserDocumentInput } from '../../corpus/user-input';
import { askBackground } from '../../messaging/ask-background';
import type { ImportSummary, StoreRequest } from '../../shared/messages';
import { ingestInWorker } from './ingest-in-worker';
import { storeInWorker } from './store-in-worker';

/** How far an import is: reading the documents (`done` of `total` steps), then storing them. */
export type ImportProgress = { step: 'reading'; done: number; total: number } | { step: 'storing' };

/**
 * Ingests documents in a worker of this page (the NLP model loads there, on
 * first use) and stores the pack.
 */
export async function importDocuments(inputs: UserDocumentInput[], onProgress?: (progress: ImportProgress) => void): Promise<ImportSummary> {
  const pack = await ingestInWorker(inputs, (done, total) => onProgress?.({ step: 'reading', done, total }));
  onProgress?.({ step: 'storing' });
  return store({ kind: 'pack', pack });
}

/** A pack file the user uploaded: checked and stored in a worker, so the message names the file and the page stays responsive. */
export async function importPackFile(json: string, fileName: string, onProgress?: (progress: ImportProgress) => void): Promise<ImportSummary> {
  onProgress?.({ step: 'storing' });
  return store({ kind: 'file', json, fileName });
}

/**
 * Extension pages share the background's IndexedDB: the pack goes straight
 * in from a worker of this page, in one transaction, instead of through a
 * message to the background (Chrome refuses those over 64 MiB, about 2,500
 * articles' pack). The background's matcher reads the new segment on its
 * next request.
 */
async function store(request: StoreRequest): Promise<ImportSummary> {
  await askBackground({ type: 'prepare-import' });
  const summary = await storeInWorker(request);
  await askBackground({ type: 'imported' });
  return summary;
}
