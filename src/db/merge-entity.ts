import type { EntityRecord } from '../shared/records';

/**
 * One entity from two sources (the same person in the default corpus and in a
 * user's document): spellings and mentions are united, the first's identity,
 * type and description win where both have one.
 */
export function mergeEntity(base: EntityRecord, extra: EntityRecord): EntityRecord {
  const aliases = new Map(base.aliases.map((a) => [a.text, a]));
  for (const alias of extra.aliases) if (!aliases.has(alias.text)) aliases.set(alias.text, alias);
  const mentionKey = (m: EntityRecord['mentions'][number]) => `${m.docId}:${m.start}:${m.end}`;
  const mentions = new Map(base.mentions.map((m) => [mentionKey(m), m]));
  for (const mention of extra.mentions) mentions.set(mentionKey(mention), mention);
  return {
    ...base,
    aliases: [...aliases.values()],
    description: base.description ?? extra.description,
    mentions: [...mentions.values()],
  };
}
