import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type FactmarkDb } from '../../../src/db/database';
import { importUserPack } from '../../../src/db/import-pack';
import { MatcherStore } from '../../../src/db/matcher-store';
import { removeUserDocuments } from '../../../src/db/remove-user-documents';
import { getRevision } from '../../../src/db/revision';
import { seedDefaultPack } from '../../../src/db/seed';
import type { NameHit } from '../../../src/shared/hits';
import { PACK_FORMAT, PACK_VERSION, type CorpusPack, type Origin } from '../../../src/shared/records';

/** A one-document pack naming one person. */
function pack(docId: string, person: string, origin: Origin): CorpusPack {
  const text = `${person} spoke at length.`;
  return {
    format: PACK_FORMAT, version: PACK_VERSION, id: `pack-${docId}`,
    documents: [{ id: docId, title: docId, outlet: null, author: null, section: null, published: null, url: null, language: 'en', text, origin }],
    sentences: [{ id: `${docId}#s0`, docId, start: 0, end: text.length, text }],
    entities: [{
      id: `ent:${person.toLowerCase().replace(/ /g, '-')}`, type: 'person', name: person, description: null, origin,
      aliases: [{ text: person, kind: 'canonical' }], mentions: [{ docId, start: 0, end: person.length, text: person }],
    }],
    claims: [],
    quotes: [],
  };
}

const names = async (store: MatcherStore, text: string) =>
  (await store.matcher()).matchBlock(text).flatMap((h) => (h.kind === 'name' ? [(h as NameHit).entityId] : []));

let db: FactmarkDb;
afterEach(async () => db?.delete());

describe('removeUserDocuments', () => {
  it('removes every document the user added, their segments and the names only they mentioned; the default corpus stays whole', async () => {
    db = openDb(`remove-all-${Math.random()}`);
    await seedDefaultPack(db, pack('doc:default', 'Vladimir Putin', 'default'));
    await importUserPack(db, pack('doc:user-1', 'Vladimir Putin', 'user'));
    await importUserPack(db, pack('doc:user-2', 'Oleg Chupryna', 'user'));
    const store = new MatcherStore(db);
    expect(await names(store, 'Vladimir Putin and Oleg Chupryna')).toEqual(['ent:vladimir-putin', 'ent:oleg-chupryna']);
    const revision = await getRevision(db);

    expect(await removeUserDocuments(db)).toBe(2);

    expect(await db.documents.toCollection().primaryKeys()).toEqual(['doc:default']);
    expect((await db.segments.toArray()).map((s) => s.name)).toEqual(['default']);
    expect(await db.entities.get('ent:oleg-chupryna')).toBeUndefined();
    expect((await db.entities.get('ent:vladimir-putin'))!.mentions.map((m) => m.docId)).toEqual(['doc:default']);
    expect(await getRevision(db)).toBeGreaterThan(revision);
    expect(await names(store, 'Vladimir Putin and Oleg Chupryna')).toEqual(['ent:vladimir-putin']);
  });

  it('with nothing added, changes nothing', async () => {
    db = openDb(`remove-all-${Math.random()}`);
    await seedDefaultPack(db, pack('doc:default', 'Vladimir Putin', 'default'));
    const revision = await getRevision(db);
    expect(await removeUserDocuments(db)).toBe(0);
    expect(await db.documents.count()).toBe(1);
    expect(await getRevision(db)).toBe(revision);
  });
});
