import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentMeta } from '../src/shared/records';
import type { RawDocument } from '../src/corpus/build-pack';
import type { AliasTable } from '../src/corpus/entities';

/** Reads a corpus folder: manifest.json ({ documents: [{ file, title, ... }] }) and the files it lists. */
export function readCorpusFolder(dir: string): RawDocument[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { documents?: DocumentMeta[] };
  if (!Array.isArray(manifest.documents)) throw new Error(`${dir}/manifest.json: expected a "documents" array`);
  return manifest.documents.map((meta, i) => {
    if (!meta.file) throw new Error(`${dir}/manifest.json: documents[${i}] has no "file"`);
    return { key: meta.file, meta, raw: readFileSync(join(dir, meta.file), 'utf8') };
  });
}

/** The folder's alias table (aliases.json), if it has one. */
export function readAliasTable(dir: string): AliasTable | undefined {
  const path = join(dir, 'aliases.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as AliasTable) : undefined;
}
