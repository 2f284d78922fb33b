import { useRef, useState } from 'preact/hooks';
import { looksLikeMarkdown } from '../../corpus/markdown-text';
import type { UserDocumentInput, UserMeta } from '../../corpus/user-input';
import type { DocumentSummary } from '../../shared/messages';
import type { ImportProgress } from '../import/import-documents';
import { DocumentList } from './DocumentList';
import { RemoveAll } from './RemoveAll';
import { useKeptFocus } from './use-kept-focus';

export type ImportStatus =
  | { state: 'idle' }
  /** `label`: what is under way, when it is not an import ("Removing…"). */
  | { state: 'busy'; progress?: ImportProgress; label?: string }
  | { state: 'done'; message: string }
  | { state: 'error'; message: string };

export interface OptionsViewProps {
  documents: DocumentSummary[];
  status: ImportStatus;
  /** A pasted document: its text, the format chosen (or `auto`: detected), its metadata, language included. */
  onPaste(input: UserDocumentInput): void;
  onFiles(files: File[]): void;
  onRemove(docId: string): void;
  /** Every document the user added, once the user has confirmed. */
  onRemoveAll(): void;
}

const FIELDS: { key: keyof UserMeta; label: string; placeholder: string }[] = [
  { key: 'title', label: 'Title', placeholder: 'Kremlin won’t help' },
  { key: 'outlet', label: 'Outlet', placeholder: 'Kyiv Post' },
  { key: 'author', label: 'Author', placeholder: 'Jane Doe' },
  { key: 'published', label: 'Published', placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD' },
  { key: 'url', label: 'Link', placeholder: 'https://…' },
  { key: 'language', label: 'Language', placeholder: 'en, de, pt-BR…' },
];

type PasteFormat = UserDocumentInput['format'];
const FORMATS: { value: PasteFormat; label: string }[] = [
  { value: 'auto', label: 'Detect: Markdown or plain text' },
  { value: 'text', label: 'Plain text' },
  { value: 'markdown', label: 'Markdown' },
];

/** The corpus manager: add documents by pasting or uploading, see and remove what is there. */
export function OptionsView({ documents, status, onPaste, onFiles, onRemove, onRemoveAll }: OptionsViewProps) {
  const [text, setText] = useState('');
  const [format, setFormat] = useState<PasteFormat>('auto');
  const [meta, setMeta] = useState<UserMeta>({ language: 'en' });
  const detected = format === 'auto' && text.trim() ? (looksLikeMarkdown(text) ? 'Markdown' : 'plain text') : null;
  const busy = status.state === 'busy';
  const docsSection = useRef<HTMLElement>(null);
  const docsHeading = useRef<HTMLHeadingElement>(null);
  const keepFocus = useKeptFocus(docsSection, docsHeading, busy);
  return (
    <main class="fm-options">
      <h1>Factmark corpus</h1>
      <section aria-labelledby="add-heading">
        <h2 id="add-heading">Add a document</h2>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            keepFocus();
            onPaste({ format, content: text, meta });
          }}
        >
          <label class="fm-field fm-wide">
            Text of the article
            <textarea name="text" rows={10} value={text} onInput={(e) => setText(e.currentTarget.value)} />
          </label>
          <div class="fm-field">
            <label for="fm-format">Format</label>
            <select id="fm-format" name="format" value={format} onChange={(e) => setFormat(e.currentTarget.value as PasteFormat)} aria-describedby="fm-format-detected">
              {FORMATS.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.label}
                </option>
              ))}
            </select>
            <span id="fm-format-detected" class="fm-hint" aria-live="polite">
              {detected ? `Read as ${detected}` : ''}
            </span>
          </div>
          {FIELDS.map((field) => (
            <label key={field.key} class="fm-field">
              {field.label}
              <input
                name={field.key}
                placeholder={field.placeholder}
                value={meta[field.key] ?? ''}
                onInput={(e) => setMeta({ ...meta, [field.key]: e.currentTarget.value })}
              />
            </label>
          ))}
          <button type="submit" disabled={busy}>
            Add to corpus
          </button>
        </form>
        <label class="fm-field fm-wide">
          Or upload files (.txt, .md, .html, or a Factmark pack .json)
          <input
            type="file"
            name="files"
            multiple
            accept=".txt,.md,.markdown,.html,.htm,.json,text/plain,text/markdown,text/html,application/json"
            onChange={(e) => onFiles([...(e.currentTarget.files ?? [])])}
          />
        </label>
        <p class={`fm-status fm-status-${status.state}`} role="status" aria-live="polite">
          {status.state === 'busy'
            ? (status.label ?? (status.progress?.step === 'storing' ? 'Storing…' : 'Reading…'))
            : status.state === 'done' || status.state === 'error'
              ? status.message
              : ''}
        </p>
        {/* Outside the live region: a screen reader hears the steps, not every percent. */}
        {status.state === 'busy' && status.progress?.step === 'reading' && (
          <progress class="fm-progress" max={status.progress.total} value={status.progress.done} aria-label="Documents read" />
        )}
      </section>
      <section aria-labelledby="docs-heading" ref={docsSection}>
        <h2 id="docs-heading" ref={docsHeading} tabIndex={-1}>
          Documents ({documents.length.toLocaleString('en')})
        </h2>
        <RemoveAll
          count={documents.filter((d) => d.origin === 'user').length}
          disabled={busy}
          onConfirm={() => {
            keepFocus();
            onRemoveAll();
          }}
        />
        <DocumentList
          documents={documents}
          busy={busy}
          onRemove={(docId) => {
            keepFocus();
            onRemove(docId);
          }}
        />
      </section>
    </main>
  );
}
