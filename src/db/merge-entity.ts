import { normalize } from '../text/normalize';
import type { EntityRecord } from '../shared/records';

/**
 * One entity from two sources (the same person in the default corpus and in a
 * user's document, perhaps spelled another way): spellings and mentions are
 * united, the first's identity, name, type and description win where both
 * have one. The second's canonical name becomes one of its aliases.
 */
export function mergeEntity(base: EntityRecord, extra: EntityRecord): EntityRecord {
  const aliases = new Map(base.aliases.map((a) => [normalize(a.text), a]));
  for (const alias of extra.aliases) {
    const key = normalize(alias.text);
    if (!aliases.has(key)) aliases.set(key, alias.kind === 'canonical' ? { text: alias.text, kind: 'alias' } : alias);
  }
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
