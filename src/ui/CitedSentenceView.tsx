import type { CitedSentence } from '../shared/sources';
import { SourceLine } from './SourceLine';

/** A corpus sentence with the cited span emphasised, and its source. Corpus text is rendered as text, never HTML. */
export function CitedSentenceView({ cited }: { cited: CitedSentence }) {
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
      </figcaption>
    </figure>
  );
}
