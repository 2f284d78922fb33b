import type { EntityRecord } from '../shared/records';

/** What the claim and quote passes read of an entity: not its mentions, which may run to thousands (and are sent to workers). */
export type NamedEntity = Pick<EntityRecord, 'id' | 'type' | 'name' | 'aliases' | 'description'>;

/** A name in a document: where it stands and whom it names. */
export interface NamedMention {
  start: number;
  end: number;
  entity: NamedEntity;
}

/** Every document's names in reading order, indexed once for the claim and quote passes. */
export function mentionsByDocument(entities: readonly EntityRecord[]): Map<string, NamedMention[]> {
  const byDoc = new Map<string, NamedMention[]>();
  for (const { id, type, name, aliases, description, mentions } of entities) {
    const entity: NamedEntity = { id, type, name, aliases, description };
    for (const m of mentions) {
      const list = byDoc.get(m.docId);
      const named = { start: m.start, end: m.end, entity };
      if (list) list.push(named);
      else byDoc.set(m.docId, [named]);
    }
  }
  for (const list of byDoc.values()) list.sort((a, b) => a.start - b.start);
  return byDoc;
}
