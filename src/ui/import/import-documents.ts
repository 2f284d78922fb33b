import type { UserDocumentInput } from '../../corpus/user-input';
import { askBackground } from '../../messaging/ask-background';
import type { ImportSummary } from '../../shared/messages';
import type { CorpusPack } from '../../shared/records';

/**
 * Ingests documents in this page and stores the pack. The ingestion code
 * (and its NLP model) loads on first use only.
 */
export async function importDocuments(inputs: UserDocumentInput[]): Promise<ImportSummary> {
  const { buildUserPack } = await import('../../corpus/user-pack');
  return storePack(buildUserPack(inputs));
}

/** A pack file the user uploaded, checked here so the message names the file. */
export async function importPackFile(json: string, fileName: string): Promise<ImportSummary> {
  const { readPackFile } = await import('../../corpus/pack-file');
  return storePack(readPackFile(json, fileName));
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
