import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildPack } from '../../../src/corpus/build-pack';
import { openDb, type FactmarkDb } from '../../../src/db/database';
import { lookup, lookupIndex } from '../../../src/db/lookup';
import { bumpRevision } from '../../../src/db/revision';
import { seedDefaultPack } from '../../../src/db/seed';
import { storedDocuments } from '../../../src/db/stored-document';
import { storedEntity } from '../../../src/db/stored-entity';
import { compileSegment, loadMatcher, type Matcher } from '../../../src/match';
import type { ClaimRecord, DocumentRecord, EntityRecord, SentenceRecord } from '../../../src/shared/records';
import { readAliasTable, readCorpusFolder } from '../../../scripts/read-corpus-folder';

describe('look-ups in the default corpus', () => {
  let db: FactmarkDb;
  let matcher: Matcher;
  beforeAll(async () => {
    const pack = buildPack(readCorpusFolder('assets/corpus'), { aliasTable: readAliasTable('assets/corpus') });
    db = openDb(`lookup-default-${Date.now()}`);
    await seedDefaultPack(db, pack);
    matcher = loadMatcher([compileSegment(pack)]);
  });
  afterAll(() => db.delete());

  it('finds a name in another spelling, or by the start of one', async () => {
    expect((await lookup(db, matcher, 'tsikhanouskaya')).names.map((n) => n.id)).toContain('ent:svetlana-tikhanovskaya');
    expect((await lookup(db, matcher, 'tikhan')).names.map((n) => n.id)).toContain('ent:svetlana-tikhanovskaya');
  });

  it('finds a figure near the one asked for, and a phrase, also while its last word is being typed', async () => {
    const figure = await lookup(db, matcher, '3,700 people detained');
    expect(figure.sentences.map((s) => s.text).join(' ')).toContain('detained 3,711 people on January 23');
    for (const query of ['color revolution', 'color revo']) {
      const phrase = await lookup(db, matcher, query);
      const first = phrase.sentences[0];
      expect(first.text.slice(first.highlight!.start, first.highlight!.end)).toBe(query);
    }
    expect(await lookup(db, matcher, 'zeppelin')).toEqual({ query: 'zeppelin', names: [], sentences: [] });
  });
});

/** A synthetic corpus of `count` documents written straight to the tables (no ingestion: this tests look-ups, not imports). */
async function writeSyntheticCorpus(db: FactmarkDb, count: number): Promise<void> {
  const documents: DocumentRecord[] = [];
  const sentences: SentenceRecord[] = [];
  const entities: EntityRecord[] = [];
  const claims: ClaimRecord[] = [];
  for (let i = 0; i < count; i++) {
    const docId = `doc:synthetic-${i}`;
    const lines = [
      `Minister Karel${i} Voss${i % 997} said the council would meet again in town${i}.`,
      `About ${1000 + i * 3} people attended the rally in town${i}, organisers said.`,
      `The committee reviewed the budget for district${i % 503} on Tuesday.`,
      `Residents of town${i} said queues at the border had grown longer.`,
      `Observers noted that turnout in town${i} was lower than in previous years.`,
    ];
    documents.push({ id: docId, title: `Report ${i}`, outlet: 'Wire', author: null, section: null, published: '2024-05', url: null, language: 'en', text: lines.join('\n'), origin: 'user' });
    let at = 0;
    lines.forEach((text, n) => {
      sentences.push({ id: `${docId}#s${n}`, docId, start: at, end: at + text.length, text });
      at += text.length + 1;
    });
    const figureText = `${1000 + i * 3}`;
    const figureStart = lines[1].indexOf(figureText);
    claims.push({
      id: `${docId}#c0`, docId, sentenceId: `${docId}#s1`, start: lines[0].length + 1, end: lines[0].length + 1 + lines[1].length, text: lines[1],
      figures: [{ value: 1000 + i * 3, unit: 'count', qualifier: 'about', counted: 'people attended', text: `About ${figureText}`, start: lines[0].length + 1 + figureStart - 6, end: lines[0].length + 1 + figureStart + figureText.length }],
      date: null, entityIds: [], origin: 'user',
    });
    entities.push({
      id: `ent:karel${i}-voss${i % 997}`, type: 'person', name: `Karel${i} Voss${i % 997}`, description: 'minister', origin: 'user',
      aliases: [{ text: `Karel${i} Voss${i % 997}`, kind: 'canonical' }, { text: `Voss${i % 997}`, kind: 'surname' }],
      mentions: [{ docId, start: 9, end: 9 + `Karel${i} Voss${i % 997}`.length, text: `Karel${i} Voss${i % 997}` }],
    });
  }
  await db.transaction('rw', [db.documents, db.entities], async () => {
    await db.documents.bulkPut(storedDocuments({ documents, sentences, claims, quotes: [] }, 'user'));
    await db.entities.bulkPut(entities.map(storedEntity));
  });
  await bumpRevision(db);
}

describe('look-ups in a 10,000-document corpus', () => {
  let db: FactmarkDb;
  const matcher: Matcher = { matchBlock: () => [] } as unknown as Matcher;
  beforeAll(async () => {
    db = openDb(`lookup-scale-${Date.now()}`);
    await writeSyntheticCorpus(db, 10_000);
  }, 120_000);
  afterAll(() => db.delete());

  it('reads no table in full while the user types: the index is built once, candidates are read by key', async () => {
    const index = await lookupIndex(db);
    expect(index.stats.sentences).toBe(50_000);
    expect(index.stats.claimsWithFigures).toBe(10_000);

    const scans = [
      vi.spyOn(db.entities, 'each'), vi.spyOn(db.entities, 'toArray'), vi.spyOn(db.entities, 'toCollection'),
      vi.spyOn(db.documents, 'each'), vi.spyOn(db.documents, 'toArray'), vi.spyOn(db.documents, 'toCollection'),
    ];
    const index2 = await lookupIndex(db);
    expect(index2).toBe(index);
    // Someone typing "town7345 said queues", and a figure and a name.
    const typed = ['to', 'tow', 'town', 'town7', 'town73', 'town734', 'town7345', 'town7345 s', 'town7345 said', 'town7345 said queues'];
    let last = await lookup(db, matcher, typed[0]);
    for (const query of typed.slice(1)) last = await lookup(db, matcher, query);
    const figure = await lookup(db, matcher, '23,035 people attended');
    const name = await lookup(db, matcher, 'karel4242');

    for (const scan of scans) expect(scan).not.toHaveBeenCalled();
    expect(await lookupIndex(db)).toBe(index);
    expect(last.sentences.map((s) => s.text)).toEqual(['Residents of town7345 said queues at the border had grown longer.']);
    expect(figure.sentences[0].text).toBe('About 23035 people attended the rally in town7345, organisers said.');
    expect(name.names.map((n) => n.id)).toEqual(['ent:karel4242-voss254']);
  }, 120_000);

  it('keeps the index for the next service-worker wake, and rebuilds it when the corpus changes', async () => {
    const before = await lookupIndex(db);
    // A new wake opens the database afresh: the stored index is loaded, no table is read.
    const woken = openDb(db.name);
    const scans = [vi.spyOn(woken.documents, 'each'), vi.spyOn(woken.entities, 'each')];
    const loaded = await lookupIndex(woken);
    expect(loaded.stats).toEqual(before.stats);
    for (const scan of scans) expect(scan).not.toHaveBeenCalled();
    expect((await lookup(woken, matcher, 'town7345 said queues')).sentences).toHaveLength(1);
    woken.close();

    await bumpRevision(db);
    const after = await lookupIndex(db);
    expect(after).not.toBe(before);
    expect(after.stats).toEqual(before.stats);
  }, 120_000);
});
