import type { SourceContext } from '../shared/sources';
import { CitedSentenceView, type OpenSource } from './CitedSentenceView';
import { SourceLine } from './SourceLine';
import { TYPE_LABEL } from './labels';

/** The evidence for one corpus item: for a name its description, spellings and sentences; for a claim or quote its source sentence. */
export function SourceDetails({ context, onOpenSource }: { context: SourceContext; onOpenSource?: OpenSource }) {
  if (context.kind === 'name') {
    return (
      <div class="fm-details">
        <p class="fm-kind">
          {TYPE_LABEL[context.type]} · in {context.documentCount} corpus {context.documentCount === 1 ? 'document' : 'documents'}
        </p>
        {context.description && <p class="fm-description">{context.description}</p>}
        {context.aliases.length > 0 && <p class="fm-aliases">Also: {context.aliases.slice(0, 8).join(', ')}</p>}
        {context.sentences.map((s) => (
          <CitedSentenceView key={s.sentenceId} cited={s} onOpenSource={onOpenSource} />
        ))}
        {context.quotes.length > 0 && (
          <section class="fm-quotes" aria-label={`Quotes by ${context.name}`}>
            <h3>Quotes</h3>
            {context.quotes.map((q) => (
              <figure key={q.quoteId} class="fm-cited">
                <blockquote>“{q.text}”</blockquote>
                <figcaption>
                  <SourceLine source={q.source} />
                </figcaption>
              </figure>
            ))}
          </section>
        )}
      </div>
    );
  }
  return (
    <div class="fm-details">
      {context.kind === 'quote' && context.speaker && <p class="fm-kind">Said by {context.speaker}</p>}
      <CitedSentenceView cited={context.sentence} onOpenSource={onOpenSource} />
    </div>
  );
}

