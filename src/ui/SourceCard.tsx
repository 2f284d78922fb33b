import type { Hit } from '../shared/hits';
import type { SourceContext } from '../shared/sources';
import { HitSummary, whyHighlighted } from './HitSummary';
import type { OpenSource } from './CitedSentenceView';
import { SourceDetails } from './SourceDetails';

export interface SourceCardProps {
  hit: Hit;
  /** The page's highlighted text. */
  pageText: string;
  context: SourceContext | undefined;
  onClose(): void;
  onOpenSource?: OpenSource;
  onPointerEnter?(): void;
  onPointerLeave?(): void;
}

/** The card shown for a highlight: what the page says, the verdict, and the corpus evidence with its sources. */
export function SourceCard({ hit, pageText, context, onClose, onOpenSource, onPointerEnter, onPointerLeave }: SourceCardProps) {
  const title = context ? cardTitle(context) : pageText;
  return (
    <div
      class={`fm-card fm-card-${hit.kind}`}
      role="dialog"
      aria-label={`Factmark: ${title}`}
      onMouseEnter={onPointerEnter}
      onMouseLeave={onPointerLeave}
    >
      <header class="fm-card-header">
        <h2 class="fm-title">{title}</h2>
        <button type="button" class="fm-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <HitSummary hit={hit} />
      {context ? <SourceDetails context={context} onOpenSource={onOpenSource} /> : <p>The source for this highlight is not available.</p>}
      <p class="fm-why">{whyHighlighted(hit)}</p>
    </div>
  );
}

/**
 * A name's card is titled by the name. A claim's or quote's words are in the
 * source sentence the card quotes, highlighted there: titled by them too, the
 * card would show them twice.
 */
export function cardTitle(context: SourceContext): string {
  return context.kind === 'name' ? context.name : context.kind === 'claim' ? 'Source claim' : 'Source quote';
}
