import { readPackFile } from '../../corpus/pack-file';
import { openDb } from '../../db/database';
import { importUserPack } from '../../db/import-pack';
import type { ImportReply, ImportRequest, ImportSummary } from '../../shared/messages';
import type { CorpusPack } from '../../shared/records';
import { ingestInWorkers } from './ingest-in-workers';

// An import from start to end, off the page's main thread: documents are read in workers of this one (a pack file is read and
// checked here), then stored from here, a worker of an extension page sharing the extension's IndexedDB.
const scope = self as unknown as { onmessage: ((event: MessageEvent<ImportRequest>) => void) | null; postMessage(reply: ImportReply): void };
scope.onmessage = async ({ data }) => {
  try {
    const pack =
      data.kind === 'file' ? readPackFile(await data.file.text(), data.fileName) : await ingestInWorkers(data.inputs, (done, total) => scope.postMessage({ type: 'reading', done, total }));
    scope.postMessage({ type: 'storing' });
    scope.postMessage({ type: 'stored', summary: await store(pack) });
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};

/** The database is opened for the store alone: reading documents can take minutes, with no connection held open meanwhile. */
async function store(pack: CorpusPack): Promise<ImportSummary> {
  const db = openDb();
  try {
    return await importUserPack(db, pack);
  } finally {
    db.close();
  }
}
