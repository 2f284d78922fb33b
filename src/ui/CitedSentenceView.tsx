import type { CitedSentence } from '../shared/sources';
import { SourceLine } from './SourceLine';

/** Opens a corpus document in the source view, at a sentence. */
export type OpenSource = (docId: string, sentenceId: string | null) => void;

/** A corpus sentence with the cited span emphasised, and its source. Corpus text is rendered as text, never HTML. */
export function CitedSentenceView({ cited, onOpenSource }: { cited: CitedSentence; onOpenSource?: OpenSource }) {
  const { text, highlight } = cited;
  return (
    <figure class="fm-cited">
      <blockquote class="fm-sentence">
        {highlight ? (
          <>
            {text.slice(0, highlight.start)}
            <mark>{text.slice(highlight.start, highlight.end)}</mark>
            {text.slice(highlight.end)}
          </>
        ) : (
          text
        )}
      </blockquote>
      <figcaption>
        <SourceLine source={cited.source} />
        {onOpenSource && (
          <button type="button" class="fm-open-source" onClick={() => onOpenSource(cited.source.docId, cited.sentenceId)}>
            Open in source
          </button>
        )}
      </figcaption>
    </figure>
  );
}
