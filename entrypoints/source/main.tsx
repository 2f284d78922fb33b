import { render } from 'preact';
import { openDb } from '../../src/db/database';
import { getDocumentView } from '../../src/db/document-view';
import { parseSourcePath } from '../../src/shared/source-path';
import { SourceView } from '../../src/ui/source/SourceView';
import '../../src/ui/styles/source.css';

const { docId, sentenceId } = parseSourcePath(location.search);
const view = docId ? await getDocumentView(openDb(), docId, sentenceId) : null;
if (view) document.title = `${view.doc.title} — Factmark source`;
render(<SourceView view={view} />, document.getElementById('app')!);
