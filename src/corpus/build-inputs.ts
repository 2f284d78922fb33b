/*
 * What a build reads and what it makes of it, without the steps between:
 * light enough for a worker that only coordinates a build (no NLP model).
 */
import { fnv1a } from '../shared/hash';
import { PACK_FORMAT, PACK_VERSION, type CorpusPack, type DocumentMeta } from '../shared/records';
import type { AliasTable } from './entities';

export interface RawDocument {
  /** File name or other stable key; the document id is derived from it. */
  key: string;
  meta: DocumentMeta;
  raw: string;
}

/** A document with (almost) nothing left once its page chrome is removed: it would be stored with no text. */
export class NothingLeftError extends Error {
  constructor(
    /** Index of the document among the build's inputs. */
    readonly index: number,
    readonly key: string,
    readonly words: number,
  ) {
    super(`${key}: ${words ? `only ${words} word${words === 1 ? '' : 's'}` : 'nothing'} left once page chrome (navigation, share, cookie and subscription lines) is removed`);
    this.name = 'NothingLeftError';
  }
}

/** The pack a build made of `inputs`, its id a hash of everything the build read (the same input, the same id). */
export function packOf(
  inputs: readonly RawDocument[],
  aliasTable: AliasTable | undefined,
  parts: Pick<CorpusPack, 'documents' | 'sentences' | 'entities' | 'claims' | 'quotes'>,
): CorpusPack {
  const id = fnv1a(JSON.stringify(inputs.map((d) => [d.key, d.meta, d.raw])) + JSON.stringify(aliasTable ?? null));
  return { format: PACK_FORMAT, version: PACK_VERSION, id, ...parts };
}
