import { packWithout } from '../corpus/pack-without';
import { textKeyOf } from '../corpus/text-key';
import type { ImportSummary } from '../shared/messages';
import type { CorpusPack, EntityRecord } from '../shared/records';
import { CORPUS_TABLES, type FactmarkDb } from './database';
import { mergeEntity } from './merge-entity';
import { putInChunks } from './put-in-chunks';
import { forgetRemovedEntities } from './removals';
import { newUserSegmentName, putSegment } from './segments';
import { storedDocuments } from './stored-document';
import { storedEntity, typedNameKeys, type StoredEntity } from './stored-entity';

/**
 * Adds a user's documents to the corpus in one transaction: all of it is
 * stored or, on any failure, none of it. An entity already stored — under
 * the same id, or of the same kind with a full name in common by spelling,
 * alias or transliteration key ("Alyaksandr Lukashenka" for
 * ent:alexander-lukashenko) — gains the new spellings and mentions instead of
 * being duplicated, and the import's claims and quotes point at it.
 */
export async function importUserPack(db: FactmarkDb, incoming: CorpusPack): Promise<ImportSummary> {
  return db.transaction('rw', [...CORPUS_TABLES, 'meta', 'segments'], async () => {
    // Documents already in the corpus are not stored again (keys only: no document is read).
    const [ids, textKeys] = await Promise.all([db.documents.toCollection().primaryKeys(), db.documents.orderBy('textKey').uniqueKeys()]);
    // Each document's text key, computed once: to skip known texts, then to store.
    const keys = new Map(incoming.documents.map((d) => [d.id, textKeyOf(d.text)]));
    const { pack, skipped } = packWithout(incoming, { ids: new Set(ids), textKeys: new Set(textKeys as string[]) }, (d) => keys.get(d.id)!);
    if (!pack.documents.length) return { documents: 0, skipped, entities: 0, newEntities: 0, claims: 0, quotes: 0 };
    // Name keys are read three times (the join's look-up, its match, the stored record): computed once each.
    const keysOf = new Map(pack.entities.map((e) => [e.id, typedNameKeys(e)]));
    const stored = await storedEntitiesByKey(db, pack.entities, [...new Set([...keysOf.values()].flat())]);
    const merged = new Map<string, EntityRecord>();
    /** The stored id each of the pack's entities joined, where it differs. */
    const joined = new Map<string, string>();
    let newEntities = 0;
    for (const entity of pack.entities) {
      const known = stored.byId.get(entity.id) ?? findByName(stored.byKey, keysOf.get(entity.id)!);
      if (!known) {
        newEntities++;
        if (merged.has(entity.id)) {
          merged.set(entity.id, mergeEntity(merged.get(entity.id)!, entity));
          keysOf.delete(entity.id);
        } else merged.set(entity.id, { ...entity, origin: 'user' });
        continue;
      }
      keysOf.delete(known.id);
      if (known.id !== entity.id) joined.set(entity.id, known.id);
      merged.set(known.id, mergeEntity(merged.get(known.id) ?? known, entity));
    }
    const entities = [...merged.values()];
    const storedId = (id: string) => joined.get(id) ?? id;
    const claims = pack.claims.map((c) => ({ ...c, entityIds: [...new Set(c.entityIds.map(storedId))], origin: 'user' as const }));
    const quotes = pack.quotes.map((q) => ({ ...q, speakerEntityId: q.speakerEntityId === null ? null : storedId(q.speakerEntityId), origin: 'user' as const }));

    await putInChunks(db.documents, storedDocuments({ documents: pack.documents, sentences: pack.sentences, claims, quotes, entities }, 'user', keys));
    await putInChunks(
      db.entities,
      entities.map((e): StoredEntity => {
        const nameKeys = keysOf.get(e.id);
        return nameKeys ? { ...e, nameKeys } : storedEntity(e);
      }),
    );
    await forgetRemovedEntities(db, [...merged.keys()]);
    await putSegment(db, await newUserSegmentName(db), pack.documents.map((d) => d.id), { entities, claims, quotes });
    return {
      documents: pack.documents.length,
      skipped,
      entities: entities.length,
      newEntities,
      claims: pack.claims.length,
      quotes: pack.quotes.length,
    };
  });
}

interface StoredEntities {
  byId: Map<string, EntityRecord>;
  /** `${type}\n${key}` (see `typedNameKeys`) → the stored entities of that kind bearing that full name. */
  byKey: Map<string, EntityRecord[]>;
}

/** Up to this many name keys, an import asks the name-key index; past it (a large import), one pass over the kinds is cheaper. */
const INDEXED_KEYS = 5_000;

/**
 * The stored entities the pack's could join, by id and by name key: those
 * sharing a name key (through the index, or one pass over the kinds a large
 * import brings) and those holding one of its ids. Inside the import's
 * transaction; an empty corpus reads nothing.
 */
async function storedEntitiesByKey(db: FactmarkDb, incoming: EntityRecord[], keys: string[]): Promise<StoredEntities> {
  const byId = new Map<string, EntityRecord>();
  const byKey = new Map<string, EntityRecord[]>();
  const types = [...new Set(incoming.map((e) => e.type))];
  const candidates = !incoming.length
    ? []
    : keys.length <= INDEXED_KEYS
      ? await db.entities.where('nameKeys').anyOf(keys).distinct().toArray()
      : await db.entities.where('type').anyOf(types).toArray();
  // An id taken, by an entity of any kind, is still taken: merging keeps it from being overwritten.
  const taken = await db.entities.bulkGet(incoming.map((e) => e.id));
  for (const entity of [...candidates, ...taken]) {
    if (!entity || byId.has(entity.id)) continue;
    byId.set(entity.id, entity);
    for (const key of entity.nameKeys) {
      const list = byKey.get(key);
      if (list) list.push(entity);
      else byKey.set(key, [entity]);
    }
  }
  return { byId, byKey };
}

/** The stored entity of the same kind that shares a full name (one of `keys`, an entity's typed name keys), the most mentioned where several do. */
function findByName(byKey: Map<string, EntityRecord[]>, keys: readonly string[]): EntityRecord | undefined {
  let best: EntityRecord | undefined;
  for (const key of keys) {
    for (const candidate of byKey.get(key) ?? []) if (!best || candidate.mentions.length > best.mentions.length) best = candidate;
  }
  return best;
}
