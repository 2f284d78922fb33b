import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type FactmarkDb } from '../../../src/db/database';
import { importUserPack } from '../../../src/db/import-pack';
import { listDocuments } from '../../../src/db/list-documents';
import { MatcherStore } from '../../../src/db/matcher-store';
import { removeUserDocument } from '../../../src/db/remove-document';
import { compactSegments } from '../../../src/db/compact-segments';
import { readRemovals } from '../../../src/db/removals';
import { ensureSegments } from '../../../src/db/segments';
import { storedDocuments } from '../../../src/db/stored-document';
import { textKeyOf } from '../../../src/corpus/text-key';
import { seedDefaultPack } from '../../../src/db/seed';
import { namesIn, personPack } from './person-pack';
import { compileSegment, type MatcherInput } from '../../../src/match';

let db: FactmarkDb;
afterEach(async () => db?.delete());

describe('matcher segments', () => {
  it('an import adds a segment of its own; the default segment is neither compiled nor loaded again', async () => {
    db = openDb(`segments-${Math.random()}`);
    await seedDefaultPack(db, personPack('doc:default', 'Vladimir Putin', 'default'));
    const store = new MatcherStore(db);
    expect(await namesIn(store, 'Vladimir Putin met Oleg Chupryna.')).toEqual(['ent:vladimir-putin']);
    const defaultKey = (await db.segments.toCollection().primaryKeys())[0];

    await importUserPack(db, personPack('doc:mine', 'Oleg Chupryna', 'user'));

    const keys = await db.segments.toCollection().primaryKeys();
    expect(keys).toHaveLength(2);
    expect(keys).toContain(defaultKey);
    expect(await namesIn(store, 'Vladimir Putin met Oleg Chupryna.')).toEqual(['ent:vladimir-putin', 'ent:oleg-chupryna']);
  });

  it('a surname two segments give to different people is not matched alone', async () => {
    db = openDb(`segments-${Math.random()}`);
    await seedDefaultPack(db, personPack('doc:default', 'Alexander Morozov', 'default'));
    const store = new MatcherStore(db);
    expect(await namesIn(store, 'Then Morozov spoke.')).toEqual(['ent:alexander-morozov']);
    await importUserPack(db, personPack('doc:mine', 'Pavel Morozov', 'user'));
    expect(await namesIn(store, 'Then Morozov spoke.')).toEqual([]);
    expect(await namesIn(store, 'Then Pavel Morozov spoke.')).toEqual(['ent:pavel-morozov']);
  });

  it('removing a document marks it in its segment, matched without it at once, and compacting compiles the segment again', async () => {
    db = openDb(`segments-${Math.random()}`);
    await seedDefaultPack(db, personPack('doc:default', 'Vladimir Putin', 'default'));
    await importUserPack(db, personPack('doc:mine', 'Oleg Chupryna', 'user'));
    await importUserPack(db, personPack('doc:other', 'Pavel Sevyarynets', 'user'));
    const store = new MatcherStore(db);
    expect(await namesIn(store, 'Oleg Chupryna and Pavel Sevyarynets')).toEqual(['ent:oleg-chupryna', 'ent:pavel-sevyarynets']);
    const keys = await db.segments.toCollection().primaryKeys();

    expect(await removeUserDocument(db, 'doc:mine')).toBe(true);

    // Nothing is compiled in the removal: its segment is marked.
    expect(await db.segments.toCollection().primaryKeys()).toEqual(keys);
    const mine = keys.find((k) => k.startsWith('user:'))!;
    expect(await readRemovals(db)).toEqual({ [mine]: [{ docId: 'doc:mine', entityIds: ['ent:oleg-chupryna'] }] });
    expect(await namesIn(store, 'Oleg Chupryna and Pavel Sevyarynets')).toEqual(['ent:pavel-sevyarynets']);

    expect(await compactSegments(db)).toBe(1);

    expect(await db.segments.count()).toBe(2);
    expect(await readRemovals(db)).toEqual({});
    expect(await namesIn(store, 'Oleg Chupryna and Pavel Sevyarynets')).toEqual(['ent:pavel-sevyarynets']);
    expect(await compactSegments(db)).toBe(0);
    // The entity only it mentioned goes; a default one it also mentioned stays, without that mention.
    expect(await db.entities.get('ent:oleg-chupryna')).toBeUndefined();
    await importUserPack(db, personPack('doc:mine-2', 'Vladimir Putin', 'user'));
    expect((await db.entities.get('ent:vladimir-putin'))!.mentions.map((m) => m.docId)).toEqual(['doc:default', 'doc:mine-2']);
    expect(await removeUserDocument(db, 'doc:mine-2')).toBe(true);
    expect((await db.entities.get('ent:vladimir-putin'))!.mentions.map((m) => m.docId)).toEqual(['doc:default']);
  });

  it('removing a document that an earlier version indexed twice (imported again) leaves neither copy', async () => {
    db = openDb(`segments-${Math.random()}`);
    await seedDefaultPack(db, personPack('doc:default', 'Vladimir Putin', 'default'));
    await importUserPack(db, personPack('doc:mine', 'Oleg Chupryna', 'user'));
    // As imports before this version left a document chosen again: a second segment holding it.
    const first = (await db.segments.toArray()).find((s) => s.name.startsWith('user:'))!;
    await db.segments.put({ ...first, key: 'user:99@99', name: 'user:99' });
    const store = new MatcherStore(db);
    expect(await namesIn(store, 'Oleg Chupryna')).toEqual(['ent:oleg-chupryna']);
    expect(await removeUserDocument(db, 'doc:mine')).toBe(true);
    expect(await namesIn(store, 'Oleg Chupryna')).toEqual([]);
    expect(Object.keys(await readRemovals(db))).toHaveLength(2);
    expect(await compactSegments(db)).toBe(2);
    expect(await namesIn(store, 'Oleg Chupryna')).toEqual([]);
    expect(await db.segments.count()).toBe(1);
  });

  it('a document removed while its segment compiles stays passed over, in the segment compiled', async () => {
    db = openDb(`segments-${Math.random()}`);
    await seedDefaultPack(db, personPack('doc:default', 'Vladimir Putin', 'default'));
    const pack = personPack('doc:a', 'Oleg Chupryna', 'user');
    const other = personPack('doc:b', 'Pavel Sevyarynets', 'user');
    const third = personPack('doc:c', 'Ales Bialiatski', 'user');
    await importUserPack(db, { ...pack, documents: [...pack.documents, ...other.documents, ...third.documents], sentences: [...pack.sentences, ...other.sentences, ...third.sentences], entities: [...pack.entities, ...other.entities, ...third.entities] });
    await removeUserDocument(db, 'doc:a');

    const compileAfterRemoving = async (input: MatcherInput) => {
      await removeUserDocument(db, 'doc:b');
      return compileSegment(input);
    };
    expect(await compactSegments(db, compileAfterRemoving)).toBe(1);

    const user = (await db.segments.toArray()).find((s) => s.name.startsWith('user:'))!;
    expect(user.docIds).toEqual(['doc:b', 'doc:c']);
    expect(await readRemovals(db)).toEqual({ [user.key]: [{ docId: 'doc:b', entityIds: ['ent:pavel-sevyarynets'] }] });
    const store = new MatcherStore(db);
    expect(await namesIn(store, 'Oleg Chupryna, Pavel Sevyarynets and Ales Bialiatski')).toEqual(['ent:ales-bialiatski']);
    expect(await compactSegments(db)).toBe(1);
    expect((await db.segments.toArray()).find((s) => s.name.startsWith('user:'))!.docIds).toEqual(['doc:c']);
    expect(await namesIn(store, 'Oleg Chupryna, Pavel Sevyarynets and Ales Bialiatski')).toEqual(['ent:ales-bialiatski']);
  });

  it('an entity removed with a document and imported again is found again', async () => {
    db = openDb(`segments-${Math.random()}`);
    await seedDefaultPack(db, personPack('doc:default', 'Vladimir Putin', 'default'));
    await importUserPack(db, personPack('doc:mine', 'Oleg Chupryna', 'user'));
    await removeUserDocument(db, 'doc:mine');
    const store = new MatcherStore(db);
    expect(await namesIn(store, 'Oleg Chupryna')).toEqual([]);
    await importUserPack(db, personPack('doc:again', 'Oleg Chupryna', 'user'));
    expect(await namesIn(store, 'Oleg Chupryna')).toEqual(['ent:oleg-chupryna']);
  });

  it('many small imports are merged into one segment that matches the same', async () => {
    db = openDb(`segments-${Math.random()}`);
    await seedDefaultPack(db, personPack('doc:default', 'Vladimir Putin', 'default'));
    const people = ['Anna Petrova', 'Boris Ivanov', 'Clara Schmidt', 'Dmitri Orlov', 'Elena Sokolova', 'Farid Haddad', 'Greta Lind'];
    for (const [i, person] of people.entries()) await importUserPack(db, personPack(`doc:user-${i}`, person, 'user'));
    expect(await db.segments.count()).toBe(8);

    await removeUserDocument(db, 'doc:user-0');

    expect(await compactSegments(db)).toBe(7);

    expect(await db.segments.count()).toBe(2);
    expect(await readRemovals(db)).toEqual({});
    const store = new MatcherStore(db);
    expect(await namesIn(store, people.join(', '))).toEqual(people.slice(1).map((p) => `ent:${p.toLowerCase().replace(' ', '-')}`));
    expect(await compactSegments(db)).toBe(0);
  });

  it('a database from before segments (one matcher in meta) is compiled into segments on first use', async () => {
    const name = `segments-${Math.random()}`;
    db = openDb(name);
    await seedDefaultPack(db, personPack('doc:default', 'Vladimir Putin', 'default'));
    await importUserPack(db, personPack('doc:mine', 'Oleg Chupryna', 'user'));
    // As version 1 left it: no segments, a stale compiled matcher in meta.
    await db.segments.clear();
    await db.meta.put({ key: 'matcher', value: { revision: 1, compiled: {} } });
    await db.meta.delete('segment-version');

    await ensureSegments(db);

    expect(await db.meta.get('matcher')).toBeUndefined();
    expect(await namesIn(new MatcherStore(db), 'Vladimir Putin and Oleg Chupryna')).toEqual(['ent:vladimir-putin', 'ent:oleg-chupryna']);
  });

  it('opens a version 1 database and keeps its records', async () => {
    const name = `segments-v1-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ documents: 'id, origin', sentences: 'id, docId', entities: 'id, type, origin', claims: 'id, docId, origin', quotes: 'id, docId, speakerEntityId, origin', meta: 'key' });
    await v1.table('meta').put({ key: 'pack', value: { id: 'p1' } });
    v1.close();
    db = openDb(name);
    expect(await db.meta.get('pack')).toEqual({ key: 'pack', value: { id: 'p1' } });
    expect(await db.segments.count()).toBe(0);
  });

  it('upgrades a version 6 database: each document is indexed by its text, and the same text is not imported again', async () => {
    const name = `segments-v6-${Math.random()}`;
    const old = new Dexie(name);
    old.version(6).stores({ documents: 'id, origin, *speakers, listing', entities: 'id, type, origin, *nameKeys', meta: 'key', segments: 'key, name, *docIds' });
    const mine = personPack('doc:mine', 'Oleg Chupryna', 'user');
    const { textKey: _, ...before } = storedDocuments(mine, 'user')[0];
    await old.table('documents').put(before);
    old.close();

    db = openDb(name);
    expect(await db.documents.where('textKey').equals(textKeyOf(mine.documents[0].text)).primaryKeys()).toEqual(['doc:mine']);
    const renamed = personPack('doc:renamed', 'Oleg Chupryna', 'user');
    renamed.documents[0].text = mine.documents[0].text;
    expect(await importUserPack(db, renamed)).toMatchObject({ documents: 0, skipped: 1 });
  });

  it('upgrades a version 2 database: each document takes in its sentences, claims and quotes, and matching goes on', async () => {
    const name = `segments-v2-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores({ documents: 'id, origin', sentences: 'id, docId', entities: 'id, type, origin', claims: 'id, docId, origin', quotes: 'id, docId, speakerEntityId, origin', meta: 'key' });
    old.version(2).stores({ segments: 'key, name, *docIds' });
    const mine = personPack('doc:mine', 'Oleg Chupryna', 'user');
    const quote = { id: 'doc:mine#q0', docId: 'doc:mine', sentenceId: 'doc:mine#s0', start: 0, end: 5, text: mine.documents[0].text.slice(0, 5), speaker: 'Oleg Chupryna', speakerEntityId: 'ent:oleg-chupryna', origin: 'user' };
    await old.table('documents').bulkPut(mine.documents.map((d) => ({ ...d, origin: 'user' })));
    await old.table('sentences').bulkPut(mine.sentences);
    await old.table('entities').bulkPut(mine.entities);
    await old.table('claims').bulkPut(mine.claims);
    await old.table('quotes').bulkPut([quote]);
    old.close();

    db = openDb(name);
    const doc = (await db.documents.get('doc:mine'))!;
    expect(doc.text).toBe(mine.documents[0].text);
    expect(doc.sentences).toEqual(mine.sentences.map(({ id, start, end }) => ({ id, start, end })));
    expect(doc.claims.map((c) => c.id)).toEqual(mine.claims.map((c) => c.id));
    expect(doc.quotes).toEqual([quote]);
    expect(await db.documents.where('speakers').equals('ent:oleg-chupryna').primaryKeys()).toEqual(['doc:mine']);
    expect(doc.entityIds).toEqual(['ent:oleg-chupryna']);
    // Name keys are transliteration keys: Chupryna and Chuprina meet.
    expect(await db.entities.where('nameKeys').equals('person\noleg chuprina').primaryKeys()).toEqual(['ent:oleg-chupryna']);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['documents', 'entities', 'meta', 'segments']);
    expect(await listDocuments(db)).toEqual([{ id: 'doc:mine', title: mine.documents[0].title, outlet: null, published: null, origin: 'user' }]);
    await ensureSegments(db);
    expect(await namesIn(new MatcherStore(db), 'Oleg Chupryna spoke')).toEqual(['ent:oleg-chupryna']);
  });
});

