import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDb, type FactmarkDb } from '../../../src/db/database';
import { listDocuments } from '../../../src/db/list-documents';
import { storedDocuments } from '../../../src/db/stored-document';
import type { DocumentRecord } from '../../../src/shared/records';

let db: FactmarkDb;
afterEach(async () => db?.delete());

function doc(id: string, title: string, outlet: string | null, published: string | null, origin: DocumentRecord['origin']): DocumentRecord {
  return { id, title, outlet, author: null, section: null, published, url: null, language: 'en', text: `${title}.`, origin };
}

describe('listDocuments', () => {
  it('lists every document by title, with what is missing as null, without reading any document', async () => {
    db = openDb(`list-${Math.random()}`);
    const docs = [
      doc('doc:b', 'Protests reverberate', 'RFE/RL', '2021-01', 'default'),
      doc('doc:user-1', 'Editor detained', null, null, 'user'),
      doc('doc:a', 'Kremlin won’t help', 'Kyiv Post', '2020-09', 'default'),
    ];
    for (const origin of ['default', 'user'] as const) {
      await db.documents.bulkPut(storedDocuments({ documents: docs.filter((d) => d.origin === origin), sentences: [], claims: [], quotes: [] }, origin));
    }
    const reads = [vi.spyOn(db.documents, 'toArray'), vi.spyOn(db.documents, 'each'), vi.spyOn(db.documents, 'bulkGet'), vi.spyOn(db.documents, 'get')];
    expect(await listDocuments(db)).toEqual([
      { id: 'doc:user-1', title: 'Editor detained', outlet: null, published: null, origin: 'user' },
      { id: 'doc:a', title: 'Kremlin won’t help', outlet: 'Kyiv Post', published: '2020-09', origin: 'default' },
      { id: 'doc:b', title: 'Protests reverberate', outlet: 'RFE/RL', published: '2021-01', origin: 'default' },
    ]);
    for (const read of reads) expect(read).not.toHaveBeenCalled();
  });
});
