import type { UserDocumentInput } from '../../corpus/user-input';
import { askBackground } from '../../messaging/ask-background';
import type { ImportSummary } from '../../shared/messages';
import type { CorpusPack } from '../../shared/records';
import { ingestInWorker } from './ingest-in-worker';

/** How far an import is: reading the documents (`done` of `total` steps), then storing them. */
export type ImportProgress = { step: 'reading'; done: number; total: number } | { step: 'storing' };

/**
 * Ingests documents in a worker of this page (the NLP model loads there, on
 * first use) and stores the pack.
 */
export async function importDocuments(inputs: UserDocumentInput[], onProgress?: (progress: ImportProgress) => void): Promise<ImportSummary> {
  const pack = await ingestInWorker(inputs, (done, total) => onProgress?.({ step: 'reading', done, total }));
  onProgress?.({ step: 'storing' });
  return storePack(pack);
}

/** A pack file the user uploaded, checked here so the message names the file. */
export async function importPackFile(json: string, fileName: string, onProgress?: (progress: ImportProgress) => void): Promise<ImportSummary> {
  const { readPackFile } = await import('../../corpus/pack-file');
  const pack = readPackFile(json, fileName);
  onProgress?.({ step: 'storing' });
  return storePack(pack);
}

/**
 * Extension pages share the background's IndexedDB: the pack goes straight
 * in, in one transaction, instead of through a message (Chrome refuses those
 * over 64 MiB, about 2,500 articles' pack, and copies every byte twice).
 * The background's matcher reads the new segment on its next request.
 */
async function storePack(pack: CorpusPack): Promise<ImportSummary> {
  const [{ openDb }, { importUserPack }] = await Promise.all([import('../../db/database'), import('../../db/import-pack'), askBackground({ type: 'prepare-import' })]);
  const db = openDb();
  try {
    const summary = await importUserPack(db, pack);
    await askBackground({ type: 'imported' });
    return summary;
  } finally {
    db.close();
  }
}
