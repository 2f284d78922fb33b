import { describe, expect, it } from 'vitest';
import { packWithout } from '../../../src/corpus/pack-without';
import { textKeyOf } from '../../../src/corpus/text-key';
import { PACK_FORMAT, PACK_VERSION, type CorpusPack, type DocumentRecord, type EntityRecord } from '../../../src/shared/records';

const doc = (id: string, text = `Putin and Navalny, in ${id}.`): DocumentRecord => ({ id, title: id, outlet: null, author: null, section: null, published: null, url: null, language: 'en', text, origin: 'user' });
const known = (ids: string[], texts: string[] = []) => ({ ids: new Set(ids), textKeys: new Set(texts.map(textKeyOf)) });
const person = (id: string, name: string, docIds: string[]): EntityRecord => ({
  id, type: 'person', name, description: null, origin: 'user', aliases: [{ text: name, kind: 'canonical' }],
  mentions: docIds.map((docId) => ({ docId, start: 0, end: 5, text: 'Putin' })),
});

function pack(): CorpusPack {
  return {
    format: PACK_FORMAT, version: PACK_VERSION, id: 'p',
    documents: [doc('doc:a'), doc('doc:b'), doc('doc:b')],
    sentences: ['doc:a', 'doc:b', 'doc:b'].map((docId) => ({ id: `${docId}#s0`, docId, start: 0, end: 18, text: 'Putin and Navalny.' })),
    entities: [person('ent:putin', 'Putin', ['doc:a', 'doc:b', 'doc:b']), person('ent:navalny', 'Navalny', ['doc:a'])],
    claims: [],
    quotes: ['doc:a', 'doc:b', 'doc:b'].map((docId) => ({ id: `${docId}#q0`, docId, sentenceId: `${docId}#s0`, start: 0, end: 5, text: 'Putin', speaker: null, speakerEntityId: null, origin: 'user' as const })),
  };
}

describe('packWithout', () => {
  it('leaves a pack of new documents as it is', () => {
    const input = pack();
    input.documents.pop();
    expect(packWithout(input, known([]))).toEqual({ pack: input, skipped: 0 });
  });

  it('drops stored documents, keeps repeated ones once, and prunes what named only what was dropped', () => {
    const { pack: left, skipped } = packWithout(pack(), known(['doc:a']));
    expect(skipped).toBe(2);
    expect(left.documents.map((d) => d.id)).toEqual(['doc:b']);
    expect(left.sentences.map((s) => s.id)).toEqual(['doc:b#s0']);
    expect(left.quotes.map((q) => q.id)).toEqual(['doc:b#q0']);
    // Navalny was named in doc:a alone; Putin keeps doc:b's mention, once.
    expect(left.entities.map((e) => [e.id, e.mentions.map((m) => m.docId)])).toEqual([['ent:putin', ['doc:b']]]);
  });

  it('gives an empty pack when every document is stored', () => {
    const { pack: left, skipped } = packWithout(pack(), known(['doc:a', 'doc:b']));
    expect(skipped).toBe(3);
    expect([left.documents, left.sentences, left.entities, left.quotes].map((list) => list.length)).toEqual([0, 0, 0, 0]);
  });

  it('drops a document whose text the corpus holds under another id and title, spacing aside, and keeps one of two alike', () => {
    const input = pack();
    input.documents = [doc('doc:a', 'The same\n\narticle  text.'), doc('doc:b', 'Other text.'), doc('doc:c', 'Other text.')];
    const { pack: left, skipped } = packWithout(input, known([], ['The same article text.']));
    expect(skipped).toBe(2);
    expect(left.documents.map((d) => d.id)).toEqual(['doc:b']);
    // A different text is a different document, however alike.
    expect(packWithout(input, known([], ['The same article text!'])).pack.documents.map((d) => d.id)).toEqual(['doc:a', 'doc:b']);
  });
});
