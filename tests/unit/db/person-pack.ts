import type { MatcherStore } from '../../../src/db/matcher-store';
import type { NameHit } from '../../../src/shared/hits';
import { PACK_FORMAT, PACK_VERSION, type CorpusPack, type EntityRecord, type Origin } from '../../../src/shared/records';

/** A one-document pack naming one person. */
export function personPack(docId: string, person: string, origin: Origin): CorpusPack {
  const text = `${person} spoke at length in ${docId}.`;
  const surname = person.split(' ').pop()!;
  const entity: EntityRecord = {
    id: `ent:${person.toLowerCase().replace(/ /g, '-')}`,
    type: 'person',
    name: person,
    description: null,
    origin,
    aliases: [{ text: person, kind: 'canonical' }, { text: surname, kind: 'surname' }],
    mentions: [{ docId, start: 0, end: person.length, text: person }],
  };
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    id: `pack-${docId}`,
    documents: [{ id: docId, title: docId, outlet: null, author: null, section: null, published: null, url: null, language: 'en', text, origin }],
    sentences: [{ id: `${docId}#s0`, docId, start: 0, end: text.length, text }],
    entities: [entity],
    claims: [],
    quotes: [],
  };
}

/** The entities a matcher names in `text`, in order. */
export async function namesIn(store: MatcherStore, text: string): Promise<string[]> {
  return (await store.matcher()).matchBlock(text).flatMap((h) => (h.kind === 'name' ? [(h as NameHit).entityId] : []));
}
