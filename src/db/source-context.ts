import type { DocumentRecord, EntityRecord, QuoteRecord, SentenceRecord } from '../shared/records';
import type { CitedQuote, CitedSentence, SourceContext, SourceMap, SourceRef } from '../shared/sources';
import type { FactmarkDb } from './database';

const SENTENCES_PER_NAME = 3;
const QUOTES_PER_NAME = 3;

/** Resolves corpus ids (entities, claims, quotes) to what cards and citations show. Unknown ids are left out. */
export async function getSourceContexts(db: FactmarkDb, ids: readonly string[]): Promise<SourceMap> {
  const unique = [...new Set(ids)];
  const [entities, claims, quotes] = await Promise.all([
    db.entities.bulkGet(unique),
    db.claims.bulkGet(unique),
    db.quotes.bulkGet(unique),
  ]);
  const docs = new DocCache(db);
  const out: SourceMap = {};
  for (const entity of entities) if (entity) out[entity.id] = await nameContext(db, docs, entity);
  for (const claim of claims) {
    if (!claim) continue;
    const sentence = await citeSentence(db, docs, claim.sentenceId, claim);
    if (sentence) out[claim.id] = { kind: 'claim', id: claim.id, text: claim.text, figures: claim.figures, date: claim.date, sentence };
  }
  for (const quote of quotes) {
    if (!quote) continue;
    const sentence = await citeSentence(db, docs, quote.sentenceId, quote);
    if (sentence) out[quote.id] = { kind: 'quote', id: quote.id, text: quote.text, speaker: quote.speaker, sentence };
  }
  return out;
}

async function nameContext(db: FactmarkDb, docs: DocCache, entity: EntityRecord): Promise<SourceContext> {
  const sentences: CitedSentence[] = [];
  const seen = new Set<string>();
  // One sentence per document first, so the card shows the breadth of sources.
  const mentions = [...entity.mentions].sort((a, b) => Number(seen.has(a.docId)) - Number(seen.has(b.docId)));
  for (const mention of mentions) {
    if (sentences.length >= SENTENCES_PER_NAME) break;
    if (seen.has(mention.docId)) continue;
    const sentence = (await docs.sentences(mention.docId)).find((s) => s.start <= mention.start && mention.start < s.end);
    const source = await docs.ref(mention.docId);
    if (!sentence || !source) continue;
    seen.add(mention.docId);
    sentences.push({
      sentenceId: sentence.id,
      text: sentence.text,
      highlight: { start: mention.start - sentence.start, end: mention.end - sentence.start },
      source,
    });
  }
  const quotes: CitedQuote[] = [];
  for (const quote of await topQuotes(db, entity)) {
    const source = await docs.ref(quote.docId);
    if (source) quotes.push({ quoteId: quote.id, text: quote.text, speaker: quote.speaker, speakerEntityId: quote.speakerEntityId, source });
  }
  return {
    kind: 'name',
    id: entity.id,
    name: entity.name,
    type: entity.type,
    description: entity.description,
    // Spellings the sources use (or the alias table lists); generated transliterations are for matching, not reading.
    aliases: [...new Set(entity.aliases.filter((a) => a.kind === 'alias' || a.kind === 'surname').map((a) => a.text))].filter((a) => a !== entity.name),
    documentCount: new Set(entity.mentions.map((m) => m.docId)).size,
    sentences,
    quotes,
  };
}

/** Quotes by the entity first, then quotes that mention it. */
async function topQuotes(db: FactmarkDb, entity: EntityRecord): Promise<QuoteRecord[]> {
  const by = await db.quotes.where('speakerEntityId').equals(entity.id).limit(QUOTES_PER_NAME).toArray();
  if (by.length >= QUOTES_PER_NAME) return by;
  const docIds = [...new Set(entity.mentions.map((m) => m.docId))];
  const inDocs = await db.quotes.where('docId').anyOf(docIds).toArray();
  const about = inDocs.filter(
    (q) => q.speakerEntityId !== entity.id && entity.mentions.some((m) => m.docId === q.docId && q.start <= m.start && m.end <= q.end),
  );
  return [...by, ...about].slice(0, QUOTES_PER_NAME);
}

async function citeSentence(
  db: FactmarkDb,
  docs: DocCache,
  sentenceId: string,
  span: { docId: string; start: number; end: number },
): Promise<CitedSentence | null> {
  const sentence = await db.sentences.get(sentenceId);
  const source = await docs.ref(span.docId);
  if (!sentence || !source) return null;
  const start = Math.max(0, span.start - sentence.start);
  const end = Math.min(sentence.text.length, span.end - sentence.start);
  return { sentenceId, text: sentence.text, highlight: end > start ? { start, end } : null, source };
}

/** Documents and their sentences are shared by many cited items: read each once per request. */
class DocCache {
  private readonly refs = new Map<string, Promise<SourceRef | null>>();
  private readonly sentenceLists = new Map<string, Promise<SentenceRecord[]>>();
  constructor(private readonly db: FactmarkDb) {}

  sentences(docId: string): Promise<SentenceRecord[]> {
    let list = this.sentenceLists.get(docId);
    if (!list) {
      list = this.db.sentences.where('docId').equals(docId).toArray();
      this.sentenceLists.set(docId, list);
    }
    return list;
  }

  ref(docId: string): Promise<SourceRef | null> {
    let ref = this.refs.get(docId);
    if (!ref) {
      ref = this.db.documents.get(docId).then((doc) => (doc ? toSourceRef(doc) : null));
      this.refs.set(docId, ref);
    }
    return ref;
  }
}

export function toSourceRef(doc: DocumentRecord): SourceRef {
  return { docId: doc.id, title: doc.title, outlet: doc.outlet, author: doc.author, published: doc.published, url: doc.url };
}
