import type { CitedQuote, SourceContext } from '../shared/sources';
import { CitedSentenceView, type OpenSource } from './CitedSentenceView';
import { SourceLine } from './SourceLine';
import { TYPE_LABEL } from './labels';

type NameContext = Extract<SourceContext, { kind: 'name' }>;

/** The evidence for one corpus item: for a name its description, spellings and sentences; for a claim or quote its source sentence. */
export function SourceDetails({ context, onOpenSource }: { context: SourceContext; onOpenSource?: OpenSource }) {
  if (context.kind === 'name') {
    const { by, mentioning } = splitQuotes(context);
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
        {(by.length > 0 || mentioning.length > 0) && (
          <div class="fm-quotes">
            {by.length > 0 && (
              <section class="fm-quotes-by" aria-label={`Quotes by ${context.name}`}>
                <h3>Quotes by {context.name}</h3>
                {by.map((q) => (
                  <QuoteView key={q.quoteId} quote={q} withSpeaker={false} />
                ))}
              </section>
            )}
            {mentioning.length > 0 && (
              <section class="fm-quotes-mentioning" aria-label={`Quotes mentioning ${context.name}`}>
                <h3>Quotes mentioning {context.name}</h3>
                {mentioning.map((q) => (
                  <QuoteView key={q.quoteId} quote={q} withSpeaker />
                ))}
              </section>
            )}
          </div>
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

/** A corpus quote with its source; quotes that only mention the person name who said them, so they never read as the person's own words. */
function QuoteView({ quote, withSpeaker }: { quote: CitedQuote; withSpeaker: boolean }) {
  return (
    <figure class="fm-cited">
      <blockquote>“{quote.text}”</blockquote>
      <figcaption>
        {withSpeaker && <p class="fm-speaker">— {quote.speaker ?? 'Speaker not named in the source'}</p>}
        <SourceLine source={quote.source} />
      </figcaption>
    </figure>
  );
}

/** Quotes the person said, and quotes by others that mention them. */
export function splitQuotes(context: NameContext): { by: CitedQuote[]; mentioning: CitedQuote[] } {
  const by: CitedQuote[] = [];
  const mentioning: CitedQuote[] = [];
  for (const quote of context.quotes) (saidBy(quote, context) ? by : mentioning).push(quote);
  return { by, mentioning };
}

function saidBy(quote: CitedQuote, context: NameContext): boolean {
  if (quote.speakerEntityId !== undefined) return quote.speakerEntityId === context.id;
  // Contexts from before the speaker's id was carried: compare the speaker's name with the person's spellings.
  const speaker = quote.speaker?.trim().toLowerCase();
  return Boolean(speaker) && [context.name, ...context.aliases].some((name) => name.toLowerCase() === speaker);
}
