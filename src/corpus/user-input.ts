import type { DocumentMeta } from '../shared/records';
import { WEB_ADDRESS } from '../shared/web-address';
import { looksLikeMarkdown, markdownToText } from './markdown-text';

/** Metadata as a user gives it: any field may be missing or empty. */
export type UserMeta = { [K in 'title' | 'outlet' | 'author' | 'section' | 'published' | 'url' | 'language']?: string | null };

/** A document as a user hands it in: pasted text or an uploaded file, with metadata. */
export interface UserDocumentInput {
  /** `auto`: Markdown when the text carries Markdown markup, else plain text. */
  format: 'text' | 'markdown' | 'auto';
  content: string;
  meta: UserMeta;
  fileName?: string | null;
}

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
/**
 * A pack file holds a whole corpus (10,000 articles make about 260 MB); the
 * limit keeps its text under what a browser can hold in one string (~512 MB).
 */
export const MAX_PACK_BYTES = 400 * 1024 * 1024;
/** Words a document must have, before and after its page chrome is removed. */
export const MIN_WORDS = 5;

/** A problem with one input, said so a user can fix it. Nothing is stored when an import has one. */
export class ImportError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`${input}: ${message}`);
    this.name = 'ImportError';
  }
}

/** Throws when a document (or, with `MAX_PACK_BYTES`, a pack file) of `bytes` is over the limit. */
export function assertSize(label: string, bytes: number, limit = MAX_DOCUMENT_BYTES): void {
  if (bytes > limit) {
    const what = limit === MAX_PACK_BYTES ? 'the limit for a pack' : 'the limit';
    throw new ImportError(label, `is ${(bytes / 1024 / 1024).toFixed(1)} MB; ${what} is ${limit / 1024 / 1024} MB.`);
  }
}

/** Checks a user's document and returns its plain text and metadata, or throws an ImportError saying what is wrong. */
/** How messages name an input: its file name, else its title. */
export function inputLabel(input: UserDocumentInput): string {
  return input.fileName || input.meta.title || 'The document';
}

export function readUserDocument(input: UserDocumentInput): { text: string; meta: DocumentMeta } {
  const label = inputLabel(input);
  if (typeof input.content !== 'string') throw new ImportError(label, 'has no text.');
  assertSize(label, byteLength(input.content));
  if (looksBinary(input.content)) throw new ImportError(label, 'is not text (it looks like a binary file).');
  const markdown = input.format === 'markdown' || (input.format === 'auto' && looksLikeMarkdown(input.content));
  const text = (markdown ? markdownToText(input.content) : input.content).replace(/\r\n?/g, '\n').trim();
  if (!text) throw new ImportError(label, 'is empty.');
  if (text.split(/\s+/).length < MIN_WORDS) throw new ImportError(label, `has fewer than ${MIN_WORDS} words.`);

  const title = clean(input.meta.title) ?? clean(input.fileName?.replace(/\.[a-z0-9]+$/i, '')) ?? firstLine(text);
  const published = clean(input.meta.published);
  if (published && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(published)) {
    throw new ImportError(label, `has a publication date "${published}"; use YYYY, YYYY-MM or YYYY-MM-DD.`);
  }
  const url = clean(input.meta.url);
  if (url && !WEB_ADDRESS.test(url)) throw new ImportError(label, `has a URL "${url}" that is not an http(s) address.`);
  const language = clean(input.meta.language)?.replace(/_/g, '-') ?? null;
  if (language && !/^[a-z]{2,3}(?:-[a-z\d]{2,8})*$/i.test(language)) {
    throw new ImportError(label, `has a language "${language}"; use a language code such as en, de or pt-BR.`);
  }
  return {
    text,
    meta: {
      title,
      outlet: clean(input.meta.outlet),
      author: clean(input.meta.author),
      section: clean(input.meta.section),
      published,
      url,
      language: language ?? 'en',
    },
  };
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0].trim();
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** NUL bytes or many control characters: a binary file read as text. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  const control = sample.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return sample.length > 0 && control / sample.length > 0.05;
}
