import { nameKeys } from '../corpus/entity-identity';
import type { EntityRecord } from '../shared/records';

/** An entity as the database keeps it: with its name keys, indexed, so an import finds the stored entities it joins without reading them all. */
export interface StoredEntity extends EntityRecord {
  /** `${type}\n${key}` for each full-name key (spelling or transliteration key; see `nameKeys`). */
  nameKeys: string[];
}

export function typedNameKeys(entity: Pick<EntityRecord, 'type' | 'name' | 'aliases'>): string[] {
  return nameKeys(entity).map((key) => `${entity.type}\n${key}`);
}

export function storedEntity(entity: EntityRecord): StoredEntity {
  return { ...entity, nameKeys: typedNameKeys(entity) };
}
