import { readPackFile } from '../../corpus/pack-file';
import { openDb } from '../../db/database';
import { importUserPack } from '../../db/import-pack';
import type { StoreReply, StoreRequest } from '../../shared/messages';

// Checking a pack file, joining its entities, writing its records and compiling its matcher take seconds for a large import:
// here, not on the page's main thread. A worker of an extension page shares the extension's IndexedDB.
const scope = self as unknown as { onmessage: ((event: MessageEvent<StoreRequest>) => void) | null; postMessage(reply: StoreReply): void };
scope.onmessage = async ({ data }) => {
  const db = openDb();
  try {
    const pack = data.kind === 'file' ? readPackFile(data.json, data.fileName) : data.pack;
    scope.postMessage({ type: 'stored', summary: await importUserPack(db, pack) });
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  } finally {
    db.close();
  }
};
