import { PACK_FORMAT, PACK_VERSION, type CorpusPack, type DocumentMeta, type Origin } from '../shared/records';

export interface RawDocument {
  /** File name or other stable key; the document id is derived from it. */
  key: string;
  meta: DocumentMeta;
  raw: string;
}

/** TEMPORARY stub: replaced by the ingestion pipeline. */
export function buildPack(inputs: RawDocument[], options: { origin?: Origin } = {}): CorpusPack {
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    id: 'stub',
    documents: inputs.map((d) => ({
      id: `doc:${d.key.replace(/\.[a-z]+$/, '')}`,
      title: d.meta.title,
      outlet: d.meta.outlet ?? null,
      author: d.meta.author ?? null,
      section: d.meta.section ?? null,
      published: d.meta.published ?? null,
      url: d.meta.url ?? null,
      language: d.meta.language ?? 'en',
      text: d.raw,
      origin: options.origin ?? 'default',
    })),
    sentences: [],
    entities: [],
    claims: [],
    quotes: [],
  };
}
