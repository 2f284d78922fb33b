/** The extension's source view for a corpus document, scrolled to a cited sentence. */
export function sourcePath(docId: string, sentenceId: string | null): string {
  const params = new URLSearchParams({ doc: docId });
  if (sentenceId) params.set('sentence', sentenceId);
  return `/source.html?${params}`;
}

export function parseSourcePath(search: string): { docId: string | null; sentenceId: string | null } {
  const params = new URLSearchParams(search);
  return { docId: params.get('doc'), sentenceId: params.get('sentence') };
}
