import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { RawDocument } from '../src/corpus/build-pack';
import { parseAliasTable } from '../src/corpus/alias-table';
import type { AliasTable } from '../src/corpus/entities';
import { articleFromHtml } from '../src/corpus/html-article';
import { markdownToText } from '../src/corpus/markdown-text';
import type { DocumentMeta } from '../src/shared/records';

/**
 * Reads a corpus folder: manifest.json ({ documents: [{ file, title, ... }] })
 * and the files it lists — plain text, Markdown (.md) or HTML (.html: its
 * main article, by Readability over linkedom's DOM). The manifest's metadata
 * wins; what an HTML page declares fills the gaps.
 */
export function readCorpusFolder(dir: string): RawDocument[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { documents?: DocumentMeta[] };
  if (!Array.isArray(manifest.documents)) throw new Error(`${dir}/manifest.json: expected a "documents" array`);
  return manifest.documents.map((meta, i) => {
    if (!meta.file) throw new Error(`${dir}/manifest.json: documents[${i}] has no "file"`);
    const content = readFileSync(join(dir, meta.file), 'utf8');
    const extension = extname(meta.file).toLowerCase();
    if (extension === '.md' || extension === '.markdown') return { key: meta.file, meta, raw: markdownToText(content) };
    if (extension === '.html' || extension === '.htm') {
      const article = articleFromHtml(parseHTML(content).document as unknown as Document, meta.url ?? null);
      if (!article) throw new Error(`${dir}/${meta.file}: no article found in the page`);
      const declared = Object.fromEntries(Object.entries(article.meta).filter(([, value]) => value));
      return { key: meta.file, meta: { ...declared, ...withoutEmpty(meta) } as DocumentMeta, raw: article.text };
    }
    return { key: meta.file, meta, raw: content };
  });
}

function withoutEmpty(meta: DocumentMeta): Partial<DocumentMeta> {
  return Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== null && value !== undefined && value !== ''));
}

/** The folder's alias table (aliases.json), if it has one, checked: a bad one throws an Error naming the file and the field. */
export function readAliasTable(dir: string): AliasTable | undefined {
  const path = join(dir, 'aliases.json');
  if (!existsSync(path)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return parseAliasTable(data, path);
}
