import * as v from 'valibot';
import { PACK_FORMAT, PACK_VERSION, type CorpusPack } from '../shared/records';
import { WEB_ADDRESS } from '../shared/web-address';

const text = v.string();
const nullableText = v.nullable(v.string());
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const origin = v.picklist(['default', 'user']);

const figure = v.object({
  value: v.number(),
  unit: text,
  qualifier: v.picklist(['exact', 'more-than', 'at-least', 'less-than', 'at-most', 'up-to', 'about', 'nearly', 'estimated', 'order-of']),
  counted: nullableText,
  text,
  start: offset,
  end: offset,
});

/** What claims and quotes share: where in which document and sentence they stand. */
const located = { id: text, docId: text, sentenceId: text, start: offset, end: offset, text, origin };

const packSchema = v.object({
  format: v.literal(PACK_FORMAT, (issue) => `expected "${PACK_FORMAT}", found ${issue.received}`),
  version: v.literal(PACK_VERSION, (issue) => `this pack is version ${issue.received}; Factmark reads version ${PACK_VERSION}`),
  id: v.pipe(v.string(), v.minLength(1)),
  documents: v.array(
    v.object({
      id: v.pipe(v.string(), v.startsWith('doc:')),
      title: v.pipe(v.string(), v.minLength(1)),
      outlet: nullableText,
      author: nullableText,
      section: nullableText,
      published: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'))),
      url: v.nullable(v.pipe(v.string(), v.regex(WEB_ADDRESS, 'expected an http(s) address'))),
      language: text,
      text: v.pipe(v.string(), v.regex(/[\p{L}\p{N}]/u, 'expected the document’s text, found none')),
      origin,
    }),
  ),
  sentences: v.array(v.object({ id: text, docId: text, start: offset, end: offset, text })),
  entities: v.array(
    v.object({
      id: v.pipe(v.string(), v.startsWith('ent:')),
      type: v.picklist(['person', 'organization', 'place', 'event', 'other']),
      name: v.pipe(v.string(), v.minLength(1)),
      aliases: v.array(v.object({ text: v.pipe(v.string(), v.minLength(1)), kind: v.picklist(['canonical', 'alias', 'surname', 'transliteration']) })),
      description: nullableText,
      mentions: v.array(v.object({ docId: text, start: offset, end: offset, text })),
      origin,
    }),
  ),
  claims: v.array(v.object({ ...located, figures: v.array(figure), date: nullableText, entityIds: v.array(text) })),
  quotes: v.array(v.object({ ...located, speaker: nullableText, speakerEntityId: nullableText })),
});

/**
 * Checks a pack (the shipped one, or a file a user imports) and returns it
 * typed, or throws an Error naming the first bad field. Offsets must lie in
 * their document and point at the text they claim to; a sentence's, claim's
 * or quote's id is its document's id, "#" and a local name (`doc:a#c3`).
 */
export function parsePack(json: unknown): CorpusPack {
  const result = v.safeParse(packSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') || 'pack';
    // A field that is not there is said so, not as valibot's "Invalid key: Expected "title" but received undefined".
    const missing = issue.kind === 'schema' && issue.input === undefined && issue.path?.length;
    throw new Error(`${path}: ${missing ? 'missing' : issue.message}`);
  }
  const pack = result.output as CorpusPack;
  const docs = new Map(pack.documents.map((d) => [d.id, d.text]));
  const check = (kind: string, i: number, docId: string, start: number, end: number, expected?: string) => {
    const doc = docs.get(docId);
    if (doc === undefined) throw new Error(`${kind}.${i}: unknown document "${docId}"`);
    if (end < start || end > doc.length) throw new Error(`${kind}.${i}: offsets ${start}–${end} fall outside "${docId}"`);
    if (expected !== undefined && doc.slice(start, end) !== expected) throw new Error(`${kind}.${i}: offsets ${start}–${end} do not point at its text`);
  };
  pack.sentences.forEach((s, i) => check('sentences', i, s.docId, s.start, s.end, s.text));
  pack.claims.forEach((c, i) => check('claims', i, c.docId, c.start, c.end, c.text));
  pack.quotes.forEach((q, i) => check('quotes', i, q.docId, q.start, q.end, q.text));
  pack.entities.forEach((e, i) => e.mentions.forEach((m, j) => check(`entities.${i}.mentions`, j, m.docId, m.start, m.end, m.text)));
  // Sentences, claims and quotes are stored inside their document and found by id: the id must name it.
  const named = (kind: string, i: number, id: string, docId: string) => {
    if (!id.startsWith(`${docId}#`) || id.indexOf('#', docId.length + 1) >= 0 || id.length === docId.length + 1) {
      throw new Error(`${kind}.${i}.id: expected "${docId}#" and a name without "#", found "${id}"`);
    }
  };
  pack.sentences.forEach((s, i) => named('sentences', i, s.id, s.docId));
  pack.claims.forEach((c, i) => named('claims', i, c.id, c.docId));
  pack.quotes.forEach((q, i) => named('quotes', i, q.id, q.docId));
  return pack;
}
