import type { LookupResponse } from '../../shared/messages';
import { CitedSentenceView, type OpenSource } from '../CitedSentenceView';
import { SourceDetails } from '../SourceDetails';

export interface LookupProps {
  result: LookupResponse | null;
  onQuery(query: string): void;
  /** The search box got focus: a look-up may follow. */
  onFocus?(): void;
  onOpenSource: OpenSource;
}

/** Look-ups across the whole corpus: a name in any spelling, a phrase, or a figure. */
export function Lookup({ result, onQuery, onFocus, onOpenSource }: LookupProps) {
  return (
    <section class="fm-lookup" aria-label="Look up">
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <input
          type="search"
          class="fm-lookup-input"
          aria-label="Look up a name, phrase or figure in the corpus"
          placeholder="Look up a name, phrase or figure…"
          onInput={(event) => onQuery(event.currentTarget.value)}
          onFocus={onFocus}
        />
      </form>
      {result && result.query && <LookupResults result={result} onOpenSource={onOpenSource} />}
    </section>
  );
}

function LookupResults({ result, onOpenSource }: { result: LookupResponse; onOpenSource: OpenSource }) {
  if (!result.names.length && !result.sentences.length) {
    return (
      <p class="fm-state" role="status">
        Nothing in the corpus for “{result.query}”.
      </p>
    );
  }
  return (
    <div class="fm-lookup-results" role="status">
      {result.names.map((context) =>
        context.kind === 'name' ? (
          <article key={context.id} class="fm-lookup-name">
            <h2>{context.name}</h2>
            <SourceDetails context={context} onOpenSource={onOpenSource} />
          </article>
        ) : null,
      )}
      {result.sentences.length > 0 && (
        <section class="fm-lookup-sentences" aria-label="Sentences">
          <h2>In the corpus</h2>
          {result.sentences.map((cited) => (
            <CitedSentenceView key={cited.sentenceId} cited={cited} onOpenSource={onOpenSource} />
          ))}
        </section>
      )}
    </div>
  );
}
