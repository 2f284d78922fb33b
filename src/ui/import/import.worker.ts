import { readPackFile } from '../../corpus/pack-file';
import { compactSegments } from '../../db/compact-segments';
import { openDb } from '../../db/database';
import { importUserPack } from '../../db/import-pack';
import type { ImportReply, ImportRequest } from '../../shared/messages';
import { ingestInWorkers } from './ingest-in-workers';

// An import from start to end, off the page's main thread: documents are read in workers of this one (a pack file is read and
// checked here), then stored from here, a worker of an extension page sharing the extension's IndexedDB. Then, and when asked
// after a removal, the matcher's segments are brought up to date here too: compiling them takes seconds for a large import.
const scope = self as unknown as { onmessage: ((event: MessageEvent<ImportRequest>) => void) | null; postMessage(reply: ImportReply): void };
scope.onmessage = async ({ data }) => {
  try {
    if (data.kind !== 'compact') {
      const pack =
        data.kind === 'file' ? readPackFile(await data.file.text(), data.fileName) : await ingestInWorkers(data.inputs, (done, total) => scope.postMessage({ type: 'reading', done, total }));
      scope.postMessage({ type: 'storing' });
      scope.postMessage({ type: 'stored', summary: await withDb((db) => importUserPack(db, pack)) });
    }
    scope.postMessage({ type: 'compacted', replaced: await withDb(compactSegments) });
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};

/** The database is opened for the work alone: reading documents can take minutes, with no connection held open meanwhile. */
async function withDb<T>(work: (db: ReturnType<typeof openDb>) => Promise<T>): Promise<T> {
  const db = openDb();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}
