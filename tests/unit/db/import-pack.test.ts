import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type FactmarkDb } from '../../../src/db/database';
import { importUserPack } from '../../../src/db/import-pack';
import { getRevision } from '../../../src/db/revision';
import { seedDefaultPack } from '../../../src/db/seed';
import { PACK_FORMAT, PACK_VERSION, type CorpusPack, type EntityRecord, type Origin } from '../../../src/shared/records';

function putin(docId: string, origin: Origin, alias = 'Putin'): EntityRecord {
  return {
    id: 'ent:vladimir-putin', type: 'person', name: 'Vladimir Putin', description: null, origin,
    aliases: [{ text: 'Vladimir Putin', kind: 'canonical' }, { text: alias, kind: 'alias' }],
    mentions: [{ docId, start: 0, end: 5, text: 'Putin' }],
  };
}

function pack(id: string, docId: string, origin: Origin, alias?: string): CorpusPack {
  return {
    format: PACK_FORMAT, version: PACK_VERSION, id,
    documents: [{ id: docId, title: docId, outlet: null, author: null, section: null, published: null, url: null, language: 'en', text: 'Putin spoke at length.', origin }],
    sentences: [{ id: `${docId}#s0`, docId, start: 0, end: 22, text: 'Putin spoke at length.' }],
    entities: [putin(docId, origin, alias)],
    claims: [],
    quotes: [],
  };
}

let db: FactmarkDb;
afterEach(async () => db?.delete());

describe('importUserPack', () => {
  it('adds the documents and merges known entities instead of duplicating them', async () => {
    db = openDb(`import-${Math.random()}`);
    await seedDefaultPack(db, pack('p1', 'doc:default', 'default'));
    const revision = await getRevision(db);
    const summary = await importUserPack(db, pack('u1', 'doc:user-1', 'user', 'Putine'));
    expect(summary).toMatchObject({ documents: 1, entities: 1, newEntities: 0 });
    const entity = (await db.entities.get('ent:vladimir-putin'))!;
    expect(await db.entities.count()).toBe(1);
    expect(entity.mentions.map((m) => m.docId).sort()).toEqual(['doc:default', 'doc:user-1']);
    expect(entity.aliases.map((a) => a.text)).toContain('Putine');
    expect(await getRevision(db)).toBeGreaterThan(revision);
  });

  it('stores nothing when the import fails midway', async () => {
    db = openDb(`import-${Math.random()}`);
    const broken = pack('u1', 'doc:user-1', 'user');
    (broken.sentences[0] as { id: unknown }).id = undefined; // not a valid key: the write fails
    await expect(importUserPack(db, broken)).rejects.toThrow();
    expect(await db.documents.count()).toBe(0);
    expect(await db.entities.count()).toBe(0);
  });

  it('keeps the user’s mentions of a default entity through an upgrade of the default corpus', async () => {
    db = openDb(`import-${Math.random()}`);
    await seedDefaultPack(db, pack('p1', 'doc:default', 'default'));
    await importUserPack(db, pack('u1', 'doc:user-1', 'user'));
    await seedDefaultPack(db, pack('p2', 'doc:default-2', 'default'));
    const entity = (await db.entities.get('ent:vladimir-putin'))!;
    expect(entity.mentions.map((m) => m.docId).sort()).toEqual(['doc:default-2', 'doc:user-1']);
    expect(await db.documents.get('doc:user-1')).toBeDefined();
  });
});
