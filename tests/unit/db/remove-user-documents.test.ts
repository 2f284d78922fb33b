import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type FactmarkDb } from '../../../src/db/database';
import { importUserPack } from '../../../src/db/import-pack';
import { MatcherStore } from '../../../src/db/matcher-store';
import { removeUserDocument } from '../../../src/db/remove-document';
import { readRemovals } from '../../../src/db/removals';
import { removeUserDocuments } from '../../../src/db/remove-user-documents';
import { getRevision } from '../../../src/db/revision';
import { seedDefaultPack } from '../../../src/db/seed';
import { namesIn, personPack } from './person-pack';

let db: FactmarkDb;
afterEach(async () => db?.delete());

describe('removeUserDocuments', () => {
  it('removes every document the user added, their segments and the names only they mentioned; the default corpus stays whole', async () => {
    db = openDb(`remove-all-${Math.random()}`);
    await seedDefaultPack(db, personPack('doc:default', 'Vladimir Putin', 'default'));
    await importUserPack(db, personPack('doc:user-1', 'Vladimir Putin', 'user'));
    await importUserPack(db, personPack('doc:user-2', 'Oleg Chupryna', 'user'));
    await importUserPack(db, personPack('doc:user-3', 'Pavel Sevyarynets', 'user'));
    // Removed on its own first: its segment is marked, not yet compiled again.
    await removeUserDocument(db, 'doc:user-3');
    const store = new MatcherStore(db);
    expect(await namesIn(store, 'Vladimir Putin and Oleg Chupryna')).toEqual(['ent:vladimir-putin', 'ent:oleg-chupryna']);
    const revision = await getRevision(db);

    expect(await removeUserDocuments(db)).toBe(2);

    expect(await db.documents.toCollection().primaryKeys()).toEqual(['doc:default']);
    expect((await db.segments.toArray()).map((s) => s.name)).toEqual(['default']);
    expect(await db.entities.get('ent:oleg-chupryna')).toBeUndefined();
    expect((await db.entities.get('ent:vladimir-putin'))!.mentions.map((m) => m.docId)).toEqual(['doc:default']);
    expect(await getRevision(db)).toBeGreaterThan(revision);
    expect(await readRemovals(db)).toEqual({});
    expect(await namesIn(store, 'Vladimir Putin and Oleg Chupryna')).toEqual(['ent:vladimir-putin']);
  });

  it('with nothing added, changes nothing', async () => {
    db = openDb(`remove-all-${Math.random()}`);
    await seedDefaultPack(db, personPack('doc:default', 'Vladimir Putin', 'default'));
    const revision = await getRevision(db);
    expect(await removeUserDocuments(db)).toBe(0);
    expect(await db.documents.count()).toBe(1);
    expect(await getRevision(db)).toBe(revision);
  });
});
