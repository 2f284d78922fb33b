import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentMeta } from '../src/shared/records';
import type { RawDocument } from '../src/corpus/build-pack';

/** Reads a corpus folder: manifest.json ({ documents: [{ file, title, ... }] }) and the files it lists. */
export function readCorpusFolder(dir: string): RawDocument[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { documents?: DocumentMeta[] };
  if (!Array.isArray(manifest.documents)) throw new Error(`${dir}/manifest.json: expected a "documents" array`);
  return manifest.documents.map((meta, i) => {
    if (!meta.file) throw new Error(`${dir}/manifest.json: documents[${i}] has no "file"`);
    return { key: meta.file, meta, raw: readFileSync(join(dir, meta.file), 'utf8') };
  });
}
