import type { UserDocumentInput } from '../../corpus/user-input';
import { askBackground } from '../../messaging/ask-background';
import type { ImportInput, ImportSummary } from '../../shared/messages';
import { importInWorker } from './import-in-worker';

/** How far an import is: reading the documents (`done` of `total` steps), then storing them. */
export type ImportProgress = { step: 'reading'; done: number; total: number } | { step: 'storing' };

/** Reads documents into the corpus: tagged in workers (the NLP model loads there, on first use), then stored. */
export function importDocuments(inputs: UserDocumentInput[], onProgress?: (progress: ImportProgress) => void): Promise<ImportSummary> {
  return runImport({ kind: 'documents', inputs }, onProgress);
}

/** A pack file the user uploaded, read and checked where it is stored, so a message names the file. */
export function importPackFile(file: Blob, fileName: string, onProgress?: (progress: ImportProgress) => void): Promise<ImportSummary> {
  onProgress?.({ step: 'storing' });
  return runImport({ kind: 'file', file, fileName }, onProgress);
}

/**
 * Extension pages share the background's IndexedDB: the pack goes straight
 * in from a worker of this page, in one transaction, instead of through a
 * message to the background (Chrome refuses those over 64 MiB, about 2,500
 * articles' pack). The background's matcher reads the new segment on its
 * next request.
 */
async function runImport(request: ImportInput, onProgress?: (progress: ImportProgress) => void): Promise<ImportSummary> {
  // A user's entity joins a seeded one of the same name: the default corpus must be there first.
  await askBackground({ type: 'prepare-import' });
  return importInWorker(request, onProgress);
}
