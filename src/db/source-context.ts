import type { DocumentRecord, EntityRecord, QuoteRecord } from '../shared/records';
import type { CitedQuote, CitedSentence, SourceContext, SourceMap, SourceRef } from '../shared/sources';
import type { FactmarkDb } from './database';
import { DocumentReader } from './document-reader';
import { sentenceRecord } from './stored-document';

const SENTENCES_PER_NAME = 3;
const QUOTES_PER_NAME = 3;

/** Resolves corpus ids (entities, claims, quotes) to what cards and citations show. Unknown ids are left out. */
export async function getSourceContexts(db: FactmarkDb, ids: readonly string[]): Promise<SourceMap> {
  const unique = [...new Set(ids)];
  const docs = new DocumentReader(db);
  // Claim and quote ids name their document; entity ids ("ent:…") name none.
  const located = unique.filter((id) => id.includes('#'));
  const [entities, claims, quotes] = await Promise.all([db.entities.bulkGet(unique.filter((id) => !id.includes('#'))), docs.claims(located), docs.quotes(located)]);
  const out: SourceMap = {};
  for (const entity of entities) if (entity) out[entity.id] = await nameContext(db, docs, entity);
  for (const claim of claims.values()) {
    const sentence = await citeSentence(docs, claim.sentenceId, claim);
    if (sentence) out[claim.id] = { kind: 'claim', id: claim.id, text: claim.text, figures: claim.figures, date: claim.date, sentence };
  }
  for (const quote of quotes.values()) {
    const sentence = await citeSentence(docs, quote.sentenceId, quote);
    if (sentence) out[quote.id] = { kind: 'quote', id: quote.id, text: quote.text, speaker: quote.speaker, sentence };
  }
  return out;
}

async function nameContext(db: FactmarkDb, docs: DocumentReader, entity: EntityRecord): Promise<SourceContext> {
  const sentences: CitedSentence[] = [];
  const seen = new Set<string>();
  // One sentence per document, so the card shows the breadth of sources.
  for (const mention of entity.mentions) {
    if (sentences.length >= SENTENCES_PER_NAME) break;
    if (seen.has(mention.docId)) continue;
    const doc = await docs.get(mention.docId);
    const span = doc?.sentences.find((s) => s.start <= mention.start && mention.start < s.end);
    if (!doc || !span) continue;
    seen.add(mention.docId);
    const sentence = sentenceRecord(doc, span);
    sentences.push({
      sentenceId: sentence.id,
      text: sentence.text,
      highlight: { start: mention.start - sentence.start, end: mention.end - sentence.start },
      source: toSourceRef(doc),
    });
  }
  const quotes: CitedQuote[] = [];
  for (const quote of await topQuotes(db, docs, entity)) {
    const doc = await docs.get(quote.docId);
    if (doc) quotes.push({ quoteId: quote.id, text: quote.text, speaker: quote.speaker, speakerEntityId: quote.speakerEntityId, source: toSourceRef(doc) });
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

/** Quotes by the entity first, then quotes that mention it; documents are read a few at a time until there are enough. */
async function topQuotes(db: FactmarkDb, docs: DocumentReader, entity: EntityRecord): Promise<QuoteRecord[]> {
  const out: QuoteRecord[] = [];
  const speakerDocs = await db.documents.where('speakers').equals(entity.id).limit(QUOTES_PER_NAME).primaryKeys();
  for (const doc of await Promise.all(docs.read(speakerDocs))) {
    for (const quote of doc?.quotes ?? []) if (quote.speakerEntityId === entity.id && out.length < QUOTES_PER_NAME) out.push(quote);
  }
  const docIds = [...new Set(entity.mentions.map((m) => m.docId))];
  for (let i = 0; i < docIds.length && out.length < QUOTES_PER_NAME; i += QUOTES_PER_NAME) {
    for (const doc of await Promise.all(docs.read(docIds.slice(i, i + QUOTES_PER_NAME)))) {
      for (const quote of doc?.quotes ?? []) {
        if (out.length >= QUOTES_PER_NAME || quote.speakerEntityId === entity.id) continue;
        if (entity.mentions.some((m) => m.docId === quote.docId && quote.start <= m.start && m.end <= quote.end)) out.push(quote);
      }
    }
  }
  return out;
}

async function citeSentence(docs: DocumentReader, sentenceId: string, span: { docId: string; start: number; end: number }): Promise<CitedSentence | null> {
  const doc = await docs.get(span.docId);
  const stored = doc?.sentences.find((s) => s.id === sentenceId);
  if (!doc || !stored) return null;
  const sentence = sentenceRecord(doc, stored);
  const start = Math.max(0, span.start - sentence.start);
  const end = Math.min(sentence.text.length, span.end - sentence.start);
  return { sentenceId, text: sentence.text, highlight: end > start ? { start, end } : null, source: toSourceRef(doc) };
}

export function toSourceRef(doc: DocumentRecord): SourceRef {
  return { docId: doc.id, title: doc.title, outlet: doc.outlet, author: doc.author, published: doc.published, url: doc.url };
}
