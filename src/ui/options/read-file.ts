import { articleFromHtml } from '../../corpus/html-article';
import { assertSize, MAX_PACK_BYTES, type UserDocumentInput } from '../../corpus/user-input';

/** What an uploaded file becomes: a document to ingest, or a Factmark pack (read where it is checked: tens of megabytes of JSON, off the page's thread). */
export type UploadedFile = { kind: 'document'; input: UserDocumentInput } | { kind: 'pack'; file: Blob; fileName: string };

/** Reads an uploaded file by its type: text, Markdown, HTML (its main article, via Readability) or a pack (JSON). */
export async function readUploadedFile(file: File): Promise<UploadedFile> {
  // Refuse oversized files before reading them into memory; documents are checked again once read.
  const name = file.name.toLowerCase();
  const pack = name.endsWith('.json');
  assertSize(file.name, file.size, pack ? MAX_PACK_BYTES : undefined);
  if (pack) return { kind: 'pack', file, fileName: file.name };
  const content = await file.text();
  if (name.endsWith('.md') || name.endsWith('.markdown')) {
    return { kind: 'document', input: { format: 'markdown', content, meta: {}, fileName: file.name } };
  }
  if (name.endsWith('.html') || name.endsWith('.htm')) {
    const article = articleFromHtml(new DOMParser().parseFromString(content, 'text/html'), null);
    return { kind: 'document', input: { format: 'text', content: article?.text ?? '', meta: article?.meta ?? {}, fileName: file.name } };
  }
  return { kind: 'document', input: { format: 'text', content, meta: {}, fileName: file.name } };
}
