import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDb, type FactmarkDb } from '../../../src/db/database';
import { importUserPack } from '../../../src/db/import-pack';
import { getRevision } from '../../../src/db/revision';
import { listDocuments } from '../../../src/db/list-documents';
import { MatcherStore } from '../../../src/db/matcher-store';
import { removeUserDocument } from '../../../src/db/remove-document';
import { typedNameKeys } from '../../../src/db/stored-entity';
import { seedDefaultPack } from '../../../src/db/seed';
import { buildPack } from '../../../src/corpus/build-pack';
import { readPackFile } from '../../../src/corpus/pack-file';
import { ImportError } from '../../../src/corpus/user-input';
import { buildUserPack } from '../../../src/corpus/user-pack';
import { readAliasTable, readCorpusFolder } from '../../../scripts/read-corpus-folder';
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
    // Each document's own text: one with a stored document's text is not added again.
    documents: [{ id: docId, title: docId, outlet: null, author: null, section: null, published: null, url: null, language: 'en', text: `Putin spoke at length in ${docId}.`, origin }],
    sentences: [{ id: `${docId}#s0`, docId, start: 0, end: 24 + docId.length, text: `Putin spoke at length in ${docId}.` }],
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
    (broken.entities[0] as { id: unknown }).id = undefined; // not a valid key: the entities' write fails, after the documents'
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

/** A one-document pack naming one entity, with a claim and a quote about it, as the pipeline would give them. */
function namingPack(docId: string, name: string, type: EntityRecord['type'], origin: Origin, aliases: EntityRecord['aliases'] = []): CorpusPack {
  const text = `${name} spoke at length. “We will stay,” said ${name}. Police detained 300 people (${docId}).`;
  const id = `ent:${name.toLowerCase().replace(/ /g, '-')}`;
  const sentence = (start: number, end: number, i: number) => ({ id: `${docId}#s${i}`, docId, start, end, text: text.slice(start, end) });
  const s0 = text.indexOf('.') + 1;
  const s1 = text.indexOf('Police');
  return {
    format: PACK_FORMAT, version: PACK_VERSION, id: `pack-${docId}`,
    documents: [{ id: docId, title: docId, outlet: null, author: null, section: null, published: null, url: null, language: 'en', text, origin }],
    sentences: [sentence(0, s0, 0), sentence(s0 + 1, s1 - 1, 1), sentence(s1, text.length, 2)],
    entities: [{
      id, type, name, description: null, origin,
      aliases: [{ text: name, kind: 'canonical' }, ...aliases],
      mentions: [{ docId, start: 0, end: name.length, text: name }, { docId, start: text.lastIndexOf(name), end: text.lastIndexOf(name) + name.length, text: name }],
    }],
    claims: [{ id: `${docId}#c0`, docId, sentenceId: `${docId}#s0`, start: 0, end: s0, text: text.slice(0, s0), figures: [], date: null, entityIds: [id], origin }],
    quotes: [{ id: `${docId}#q0`, docId, sentenceId: `${docId}#s1`, start: s0 + 2, end: s0 + 14, text: 'We will stay', speaker: name, speakerEntityId: id, origin }],
  };
}

describe('importUserPack: one entity under several spellings', () => {
  it('finds the stored entity through the name-key index, or, for an import with thousands of names, one pass over their kinds', async () => {
    for (const extra of [0, 5_001]) {
      db = openDb(`import-${Math.random()}`);
      await seedDefaultPack(db, namingPack('doc:default', 'Alexander Lukashenko', 'person', 'default', [{ text: 'Lukashenko', kind: 'surname' }]));
      const pack = namingPack('doc:user-1', 'Alyaksandr Lukashenka', 'person', 'user');
      for (let i = 0; i < extra; i++) {
        pack.entities.push({ id: `ent:bureau-${i}`, type: 'organization', name: `Bureau ${i}`, description: null, origin: 'user', aliases: [{ text: `Bureau ${i}`, kind: 'canonical' }], mentions: [{ docId: 'doc:user-1', start: 0, end: 5, text: 'Alyak' }] });
      }
      const where = vi.spyOn(db.entities, 'where');
      const summary = await importUserPack(db, pack);
      expect(summary).toMatchObject({ entities: 1 + extra, newEntities: extra });
      expect(where.mock.calls.map((call) => call[0])).toEqual([extra ? 'type' : 'nameKeys']);
      expect((await db.entities.get('ent:alexander-lukashenko'))!.mentions.map((m) => m.docId)).toContain('doc:user-1');
      expect((await db.documents.get('doc:user-1'))!.entityIds).toContain('ent:alexander-lukashenko');
      await db.delete();
    }
  });

  it('merges a person spelled another way into the stored one, and points the import’s claims and quotes at it', async () => {
    db = openDb(`import-${Math.random()}`);
    await seedDefaultPack(db, namingPack('doc:default', 'Alexander Lukashenko', 'person', 'default', [{ text: 'Lukashenko', kind: 'surname' }]));
    const summary = await importUserPack(db, namingPack('doc:user-1', 'Alyaksandr Lukashenka', 'person', 'user', [{ text: 'Lukashenka', kind: 'surname' }]));
    expect(summary).toMatchObject({ entities: 1, newEntities: 0 });
    expect(await db.entities.count()).toBe(1);
    const entity = (await db.entities.get('ent:alexander-lukashenko'))!;
    expect(entity.name).toBe('Alexander Lukashenko');
    expect(entity.origin).toBe('default');
    expect(new Set(entity.mentions.map((m) => m.docId))).toEqual(new Set(['doc:default', 'doc:user-1']));
    expect(entity.aliases).toEqual(expect.arrayContaining([{ text: 'Alyaksandr Lukashenka', kind: 'alias' }, { text: 'Lukashenka', kind: 'surname' }]));
    expect(entity.aliases.filter((a) => a.kind === 'canonical')).toEqual([{ text: 'Alexander Lukashenko', kind: 'canonical' }]);
    const doc = (await db.documents.get('doc:user-1'))!;
    expect(doc.claims.find((c) => c.id === 'doc:user-1#c0')!.entityIds).toEqual(['ent:alexander-lukashenko']);
    expect(doc.quotes.find((q) => q.id === 'doc:user-1#q0')!.speakerEntityId).toBe('ent:alexander-lukashenko');
    // A name's quotes are found through the speakers index.
    expect(await db.documents.where('speakers').equals('ent:alexander-lukashenko').primaryKeys()).toContain('doc:user-1');
  });

  it.each([
    ['Aleksei Navalny', 'Alexey Navalnyy'],
    ['Mikhail Khodorkovsky', 'Mihail Hodorkovskiy'],
    ['Svetlana Tikhanovskaya', 'Sviatlana Tihanovskaia'],
  ])('merges %s and %s', async (stored, imported) => {
    db = openDb(`import-${Math.random()}`);
    await seedDefaultPack(db, namingPack('doc:default', stored, 'person', 'default'));
    await importUserPack(db, namingPack('doc:user-1', imported, 'person', 'user'));
    expect((await db.entities.toArray()).map((e) => e.name)).toEqual([stored]);
  });

  it('merges an organisation by an alias it is stored with', async () => {
    db = openDb(`import-${Math.random()}`);
    await seedDefaultPack(db, namingPack('doc:default', 'Anti-Corruption Foundation', 'organization', 'default', [{ text: 'FBK', kind: 'alias' }]));
    await importUserPack(db, namingPack('doc:user-1', 'FBK', 'organization', 'user'));
    expect((await db.entities.toArray()).map((e) => e.id)).toEqual(['ent:anti-corruption-foundation']);
  });

  it('keeps every spelling of an entity findable after an import of the same id brings another', async () => {
    db = openDb(`import-${Math.random()}`);
    await seedDefaultPack(db, namingPack('doc:default', 'Anti-Corruption Foundation', 'organization', 'default', [{ text: 'FBK', kind: 'alias' }]));
    await importUserPack(db, namingPack('doc:user-1', 'Anti-Corruption Foundation', 'organization', 'user', [{ text: 'Navalny Foundation', kind: 'alias' }]));
    for (const key of ['anti-corruption foundation', 'fbk', 'navalny foundation']) {
      expect(await db.entities.where('nameKeys').equals(`organization\n${key}`).primaryKeys()).toEqual(['ent:anti-corruption-foundation']);
    }
  });

  it.each([
    ['another kind', ['Alexander Lukashenko', 'person'], ['Alyaksandr Lukashenka', 'organization']],
    ['another first name', ['Alexander Lukashenko', 'person'], ['Viktor Lukashenka', 'person']],
    ['another person of one surname', ['Alexander Lukashenko', 'person'], ['Lukashenka', 'person']],
  ] as const)('keeps apart a name of %s', async (_what, [storedName, storedType], [importedName, importedType]) => {
    db = openDb(`import-${Math.random()}`);
    await seedDefaultPack(db, namingPack('doc:default', storedName, storedType, 'default'));
    const summary = await importUserPack(db, namingPack('doc:user-1', importedName, importedType, 'user'));
    expect(summary.newEntities).toBe(1);
    expect(await db.entities.count()).toBe(2);
    expect((await db.entities.get('ent:alexander-lukashenko'))!.mentions.map((m) => m.docId)).toEqual(['doc:default', 'doc:default']);
  });
});

describe('importing a pasted article into the default corpus', () => {
  const defaultPack = buildPack(readCorpusFolder('assets/corpus'), { aliasTable: readAliasTable('assets/corpus') });
  const article = [
    'Alyaksandr Lukashenka met Sviatlana Tsikhanouskaya’s envoys in Minsk on Monday, officials said.',
    'Lukashenka, who has ruled Belarus since 1994, said 300 people had been released.',
    '“We will not give up,” said Tsikhanouskaya.',
  ].join('\n\n');

  it('joins the default corpus’s entities under the article’s spellings, alias table included', async () => {
    db = openDb(`import-${Math.random()}`);
    await seedDefaultPack(db, defaultPack);
    const before = await db.entities.count();
    const pack = buildUserPack([{ format: 'text', content: article, meta: { title: 'Lukashenka meets envoys' } }]);
    const docId = pack.documents[0].id;
    await importUserPack(db, pack);

    const all = await db.entities.toArray();
    expect(all.filter((e) => /lukashenk/i.test(e.name)).map((e) => e.id)).toEqual(['ent:alexander-lukashenko']);
    expect(all.filter((e) => /tikhanovsk|tsikhanousk/i.test(e.name)).map((e) => e.id)).toEqual(['ent:svetlana-tikhanovskaya']);
    const lukashenko = all.find((e) => e.id === 'ent:alexander-lukashenko')!;
    expect(lukashenko.mentions.filter((m) => m.docId === docId).map((m) => m.text)).toEqual(expect.arrayContaining(['Alyaksandr Lukashenka', 'Lukashenka']));
    const tikhanovskaya = all.find((e) => e.id === 'ent:svetlana-tikhanovskaya')!;
    expect(tikhanovskaya.mentions.some((m) => m.docId === docId)).toBe(true);
    expect(await db.entities.count()).toBe(before + all.filter((e) => e.origin === 'user').length);
    // Joined entities gained spellings: their stored name keys are those of what they are now, as new ones' are.
    expect(all.map((e) => e.nameKeys)).toEqual(all.map(typedNameKeys));
    const { quotes, claims } = (await db.documents.get(docId))!;
    expect(quotes[0].speakerEntityId).toBe('ent:svetlana-tikhanovskaya');
    expect(claims.flatMap((c) => c.entityIds)).toContain('ent:alexander-lukashenko');
  });
});

describe('a bad pack is refused with a clear message and stores nothing', () => {
  /** Every record the database holds, by table. */
  const counts = async () => Object.fromEntries(await Promise.all((['documents', 'entities', 'segments'] as const).map(async (t) => [t, await db[t].count()])));
  const good = () => namingPack('doc:user-1', 'Alyaksandr Lukashenka', 'person', 'user') as unknown as Record<string, any>;

  it.each([
    ['the wrong version', (p: Record<string, any>) => (p.version = 2), /mine\.json: is not a Factmark pack: version: this pack is version 2; Factmark reads version 1/],
    ['the wrong format', (p: Record<string, any>) => (p.format = 'other-pack'), /format: expected "factmark-pack", found "other-pack"/],
    ['no documents', (p: Record<string, any>) => delete p.documents, /is not a Factmark pack: documents: missing/],
    ['a document without a title', (p: Record<string, any>) => delete p.documents[0].title, /documents\.0\.title: missing/],
    ['a document without text', (p: Record<string, any>) => (p.documents[0].text = ' \n '), /documents\.0\.text: expected the document’s text, found none/],
    ['a sentence without offsets', (p: Record<string, any>) => delete p.sentences[1].start, /sentences\.1\.start: missing/],
    ['an entity without mentions', (p: Record<string, any>) => delete p.entities[0].mentions, /entities\.0\.mentions: missing/],
    ['a sentence whose offsets point elsewhere', (p: Record<string, any>) => (p.sentences[0].start += 1), /sentences\.0: offsets 1–\d+ do not point at its text/],
    ['a claim whose offsets point elsewhere', (p: Record<string, any>) => (p.claims[0].end -= 3), /claims\.0: offsets 0–\d+ do not point at its text/],
    ['a quote whose offsets point elsewhere', (p: Record<string, any>) => (p.quotes[0].start = 0), /quotes\.0: offsets 0–\d+ do not point at its text/],
    ['a mention whose offsets point elsewhere', (p: Record<string, any>) => (p.entities[0].mentions[1].start -= 1), /entities\.0\.mentions\.1: offsets \d+–\d+ do not point at its text/],
    ['offsets outside the document', (p: Record<string, any>) => (p.sentences[2].end = 10_000), /sentences\.2: offsets \d+–10000 fall outside "doc:user-1"/],
    ['a record of an unknown document', (p: Record<string, any>) => (p.claims[0].docId = 'doc:elsewhere'), /claims\.0: unknown document "doc:elsewhere"/],
    ['a quote whose id names another document', (p: Record<string, any>) => (p.quotes[0].id = 'doc:other#q0'), /quotes\.0\.id: expected "doc:user-1#" and a name without "#", found "doc:other#q0"/],
    ['a document linking to a script', (p: Record<string, any>) => (p.documents[0].url = 'javascript:alert(1)'), /documents\.0\.url: expected an http\(s\) address/],
    ['a sentence whose id names no document', (p: Record<string, any>) => (p.sentences[0].id = 's0'), /sentences\.0\.id: expected "doc:user-1#"/],
  ])('a pack with %s', async (_what, spoil, message) => {
    db = openDb(`import-${Math.random()}`);
    await seedDefaultPack(db, namingPack('doc:default', 'Alexander Lukashenko', 'person', 'default'));
    const before = await counts();
    const pack = good();
    spoil(pack);
    // As the options page imports a pack file: read and checked, then stored.
    const attempt = (async () => importUserPack(db, readPackFile(JSON.stringify(pack), 'mine.json')))();
    await expect(attempt).rejects.toThrow(ImportError);
    await expect(attempt).rejects.toThrow(message);
    expect(await counts()).toEqual(before);
  });

  it('a file that is not JSON', () => {
    expect(() => readPackFile('{"format": "factmark-pack", ', 'broken.json')).toThrow(/^broken\.json: is not valid JSON/);
  });

  it('a good pack passes the same checks and is stored', async () => {
    db = openDb(`import-${Math.random()}`);
    await importUserPack(db, readPackFile(JSON.stringify(good()), 'mine.json'));
    expect(await db.documents.count()).toBe(1);
  });
});

describe('importing documents the corpus already holds', () => {
  const march = (title: string) => ({
    format: 'text' as const,
    content: `Oleg Chupryna, the mayor of ${title}, said on Monday that more than 4,000 people had joined the march in the city centre. Oleg Chupryna said the council would meet again. The march lasted three hours and ended peacefully near the river.`,
    meta: { title, language: 'en' },
  });
  const page = 'Oleg Chupryna said more than 4,000 people joined the march in Vitebsk.';
  const kinds = async (store: MatcherStore) => (await store.matcher()).matchBlock(page).map((h) => h.kind).sort();

  it('skips a document imported again: it is indexed once, and once removed nothing of it is highlighted', async () => {
    db = openDb(`import-${Math.random()}`);
    const store = new MatcherStore(db);
    expect(await importUserPack(db, buildUserPack([march('Vitebsk')]))).toMatchObject({ documents: 1, skipped: 0 });
    const segments = await db.segments.count();
    const again = await importUserPack(db, buildUserPack([march('Vitebsk')]));
    expect(again).toEqual({ documents: 0, skipped: 1, entities: 0, newEntities: 0, claims: 0, quotes: 0 });
    expect(await db.segments.count()).toBe(segments);
    expect(await kinds(store)).toEqual(['claim', 'name']);

    const [doc] = await listDocuments(db);
    await removeUserDocument(db, doc.id);
    expect(await db.documents.count()).toBe(0);
    expect(await kinds(store)).toEqual([]);
  });

  it('skips the same text under another title: a default article pasted, or a document added again renamed', async () => {
    db = openDb(`import-${Math.random()}`);
    const defaults = buildPack(readCorpusFolder('assets/corpus'), { aliasTable: readAliasTable('assets/corpus') });
    await seedDefaultPack(db, defaults);
    const pasted = buildUserPack([{ format: 'text', content: defaults.documents[0].text, meta: { title: 'Belarus protests, as I saved them', language: 'en' } }]);
    expect(pasted.documents[0].id).not.toBe(defaults.documents[0].id);
    expect(await importUserPack(db, pasted)).toMatchObject({ documents: 0, skipped: 1 });
    await importUserPack(db, buildUserPack([march('Vitebsk')]));
    const renamed = buildUserPack([{ ...march('Vitebsk'), meta: { title: 'The Vitebsk march', language: 'en' } }]);
    expect(await importUserPack(db, renamed)).toMatchObject({ documents: 0, skipped: 1 });
    expect(await db.documents.count()).toBe(defaults.documents.length + 1);
  });

  it('stores a document chosen twice in one import once, and the new ones beside known ones', async () => {
    db = openDb(`import-${Math.random()}`);
    await importUserPack(db, buildUserPack([march('Vitebsk')]));
    const summary = await importUserPack(db, buildUserPack([march('Vitebsk'), march('Grodno'), march('Grodno')]));
    expect(summary).toMatchObject({ documents: 1, skipped: 2 });
    const docs = await db.documents.toArray();
    expect(docs.map((d) => d.title).sort()).toEqual(['Grodno', 'Vitebsk']);
    const grodno = docs.find((d) => d.title === 'Grodno')!;
    expect(new Set(grodno.claims.map((c) => c.id)).size).toBe(grodno.claims.length);
    // The import's segment holds the new document alone.
    const segments = await db.segments.toArray();
    expect(segments.map((s) => s.docIds)).toEqual([[docs.find((d) => d.title === 'Vitebsk')!.id], [grodno.id]]);
    expect((await db.entities.get('ent:oleg-chupryna'))!.mentions.filter((m) => m.docId === grodno.id)).toHaveLength(2);
  });
});
