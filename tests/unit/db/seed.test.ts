import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type FactmarkDb } from '../../../src/db/database';
import { getRevision } from '../../../src/db/revision';
import { seedDefaultPack } from '../../../src/db/seed';
import { storedDocuments } from '../../../src/db/stored-document';
import { PACK_FORMAT, PACK_VERSION, type CorpusPack, type DocumentRecord } from '../../../src/shared/records';

function doc(id: string, origin: DocumentRecord['origin'] = 'default'): DocumentRecord {
  return { id, title: id, outlet: null, author: null, section: null, published: null, url: null, language: 'en', text: 'Putin spoke.', origin };
}

function pack(id: string, docIds: string[]): CorpusPack {
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    id,
    documents: docIds.map((d) => doc(d)),
    sentences: docIds.map((d) => ({ id: `${d}#s0`, docId: d, start: 0, end: 12, text: 'Putin spoke.' })),
    entities: [
      {
        id: 'ent:vladimir-putin', type: 'person', name: 'Vladimir Putin', description: null, origin: 'default',
        aliases: [{ text: 'Putin', kind: 'surname' }],
        mentions: docIds.map((d) => ({ docId: d, start: 0, end: 5, text: 'Putin' })),
      },
    ],
    claims: [],
    quotes: [],
  };
}

let db: FactmarkDb;
let n = 0;
afterEach(async () => db?.delete());

describe('seedDefaultPack', () => {
  it('seeds once: the same pack again writes nothing and duplicates nothing', async () => {
    db = openDb(`seed-test-${n++}`);
    expect((await seedDefaultPack(db, pack('p1', ['doc:a', 'doc:b']))).changed).toBe(true);
    const revision = await getRevision(db);
    expect((await seedDefaultPack(db, pack('p1', ['doc:a', 'doc:b']))).changed).toBe(false);
    expect(await db.documents.count()).toBe(2);
    expect((await db.documents.toArray()).flatMap((d) => d.sentences.map((s) => s.id)).sort()).toEqual(['doc:a#s0', 'doc:b#s0']);
    expect(await db.entities.count()).toBe(1);
    expect(await getRevision(db)).toBe(revision);
  });

  it('on upgrade replaces the old default corpus and keeps everything the user added', async () => {
    db = openDb(`seed-test-${n++}`);
    await seedDefaultPack(db, pack('p1', ['doc:a', 'doc:old']));
    await db.documents.bulkPut(storedDocuments({ documents: [doc('doc:mine', 'user')], sentences: [{ id: 'doc:mine#s0', docId: 'doc:mine', start: 0, end: 12, text: 'Putin spoke.' }], claims: [], quotes: [] }, 'user'));
    const before = await getRevision(db);

    await seedDefaultPack(db, pack('p2', ['doc:a', 'doc:new']));

    expect((await db.documents.toCollection().primaryKeys()).sort()).toEqual(['doc:a', 'doc:mine', 'doc:new']);
    expect((await db.documents.toArray()).flatMap((d) => d.sentences.map((s) => s.id)).sort()).toEqual(['doc:a#s0', 'doc:mine#s0', 'doc:new#s0']);
    expect(await getRevision(db)).toBeGreaterThan(before);
  });
});
