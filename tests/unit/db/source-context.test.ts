import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type FactmarkDb } from '../../../src/db/database';
import { getSourceContexts } from '../../../src/db/source-context';
import { storedDocuments } from '../../../src/db/stored-document';
import { storedEntity } from '../../../src/db/stored-entity';

const TEXT = 'Putin spoke. “Putin is wrong,” said Navalny. “We win,” said Putin.';
let db: FactmarkDb;
afterEach(async () => db?.delete());

async function seeded(): Promise<FactmarkDb> {
  db = openDb(`ctx-${Math.random()}`);
  await db.documents.bulkPut(
    storedDocuments(
      {
        documents: [{ id: 'doc:a', title: 'A', outlet: 'Outlet', author: 'Au', section: null, published: '2021-01', url: 'https://a.example', language: 'en', text: TEXT, origin: 'default' }],
        sentences: [
          { id: 'doc:a#s0', docId: 'doc:a', start: 0, end: 12, text: 'Putin spoke.' },
          { id: 'doc:a#s1', docId: 'doc:a', start: 13, end: 44, text: '“Putin is wrong,” said Navalny.' },
          { id: 'doc:a#s2', docId: 'doc:a', start: 45, end: 66, text: '“We win,” said Putin.' },
        ],
        quotes: [
          { id: 'doc:a#q0', docId: 'doc:a', sentenceId: 'doc:a#s1', start: 14, end: 28, text: 'Putin is wrong', speaker: 'Navalny', speakerEntityId: 'ent:navalny', origin: 'default' },
          { id: 'doc:a#q1', docId: 'doc:a', sentenceId: 'doc:a#s2', start: 46, end: 52, text: 'We win', speaker: 'Vladimir Putin', speakerEntityId: 'ent:vladimir-putin', origin: 'default' },
        ],
        claims: [{ id: 'doc:a#c0', docId: 'doc:a', sentenceId: 'doc:a#s0', start: 0, end: 12, text: 'Putin spoke.', figures: [], date: null, entityIds: [], origin: 'default' }],
      },
      'default',
    ),
  );
  await db.entities.put(storedEntity({
    id: 'ent:vladimir-putin', type: 'person', name: 'Vladimir Putin', description: 'Russian president', origin: 'default',
    aliases: [{ text: 'Vladimir Putin', kind: 'canonical' }, { text: 'Putin', kind: 'surname' }],
    mentions: [{ docId: 'doc:a', start: 0, end: 5, text: 'Putin' }, { docId: 'doc:a', start: 14, end: 19, text: 'Putin' }, { docId: 'doc:a', start: 60, end: 65, text: 'Putin' }],
  }));
  return db;
}

describe('getSourceContexts', () => {
  it('gives a name its description, spellings, documents, cited sentence and quotes by and about it', async () => {
    const contexts = await getSourceContexts(await seeded(), ['ent:vladimir-putin']);
    const name = contexts['ent:vladimir-putin'];
    expect(name).toMatchObject({ kind: 'name', name: 'Vladimir Putin', description: 'Russian president', aliases: ['Putin'], documentCount: 1 });
    if (name.kind !== 'name') throw new Error('not a name');
    expect(name.sentences[0]).toMatchObject({ text: 'Putin spoke.', highlight: { start: 0, end: 5 }, source: { title: 'A', outlet: 'Outlet' } });
    expect(name.quotes.map((q) => q.text)).toEqual(['We win', 'Putin is wrong']);
  });

  it('gives a claim its sentence and source, and leaves unknown ids out', async () => {
    const contexts = await getSourceContexts(await seeded(), ['doc:a#c0', 'nope']);
    expect(Object.keys(contexts)).toEqual(['doc:a#c0']);
    expect(contexts['doc:a#c0']).toMatchObject({ kind: 'claim', sentence: { text: 'Putin spoke.', source: { url: 'https://a.example' } } });
  });
});
