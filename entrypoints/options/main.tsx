import { render } from 'preact';
import type { DocumentSummary, ImportSummary } from '../../src/shared/messages';
import { askBackground } from '../../src/messaging/ask-background';
import { describeImport } from '../../src/ui/options/describe-import';
import { countOf } from '../../src/ui/labels';
import { importDocuments, importPackFile, type ImportProgress } from '../../src/ui/import/import-documents';
import { compactInWorker } from '../../src/ui/import/import-in-worker';
import { OptionsView, type ImportStatus } from '../../src/ui/options/OptionsView';
import { readUploadedFile } from '../../src/ui/options/read-file';
import '../../src/ui/styles/options.css';

const root = document.getElementById('app')!;
let documents: DocumentSummary[] = [];
let status: ImportStatus = { state: 'idle' };

function show(): void {
  render(
    <OptionsView
      documents={documents}
      status={status}
      onPaste={(input) => void run(async (progress) => describeImport(await importDocuments([input], progress)))}
      onFiles={(files) => void run(async (progress) => describeImport(await importFiles(files, progress)))}
      onRemove={(docId) => void run(() => removeDocument(docId), 'Removing…')}
      onRemoveAll={() => void run(removeAll, 'Removing…')}
    />,
    root,
  );
}

async function importFiles(files: File[], onProgress: (progress: ImportProgress) => void): Promise<ImportSummary> {
  const uploads = await Promise.all(files.map(readUploadedFile));
  const documents = uploads.flatMap((u) => (u.kind === 'document' ? [u.input] : []));
  const packs = uploads.flatMap((u) => (u.kind === 'pack' ? [u] : []));
  const summaries: ImportSummary[] = [];
  if (documents.length) summaries.push(await importDocuments(documents, onProgress));
  for (const pack of packs) summaries.push(await importPackFile(pack.file, pack.fileName, onProgress));
  return summaries.reduce((a, b) => ({
    documents: a.documents + b.documents,
    skipped: a.skipped + b.skipped,
    entities: a.entities + b.entities,
    newEntities: a.newEntities + b.newEntities,
    claims: a.claims + b.claims,
    quotes: a.quotes + b.quotes,
  }));
}

/** Runs a change to the corpus, showing it under way (with the import's progress, if any), then what it did or what went wrong. */
async function run(task: (onProgress: (progress: ImportProgress) => void) => Promise<string>, label?: string): Promise<void> {
  status = { state: 'busy', label };
  show();
  const onProgress = (progress: ImportProgress) => {
    status = { state: 'busy', progress, label };
    show();
  };
  try {
    status = { state: 'done', message: await task(onProgress) };
  } catch (error) {
    status = { state: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  await refresh();
}

async function removeDocument(docId: string): Promise<string> {
  const title = documents.find((d) => d.id === docId)?.title ?? 'the document';
  await askBackground({ type: 'remove-document', docId });
  compactSegments();
  return `Removed “${title}”.`;
}

/**
 * The matcher passes a removed document over at once; its segment is
 * compiled again here, in a worker, after the answer. If this page closes
 * first, the next import or visit does it.
 */
function compactSegments(): void {
  compactInWorker().catch((error: unknown) => console.error('Factmark: compiling the matcher again failed', error));
}

async function removeAll(): Promise<string> {
  const { removed } = await askBackground({ type: 'remove-user-documents' });
  return `Removed ${countOf(removed, 'document')}.`;
}

async function refresh(): Promise<void> {
  documents = await askBackground({ type: 'list-documents' });
  show();
}

show();
void refresh();
compactSegments();
