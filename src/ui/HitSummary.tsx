import type { Hit } from '../shared/hits';
import { CLAIM_VERDICT_LABEL, MATCH_TYPE_LABEL, QUOTE_VERDICT_LABEL } from './labels';

/** What the page says against the source: the verdict in words, figures side by side, the diff of an altered quote. */
export function HitSummary({ hit }: { hit: Hit }) {
  if (hit.kind === 'name') return null;
  if (hit.kind === 'claim') {
    return (
      <div class={`fm-verdict fm-verdict-${hit.verdict}`}>
        <p class="fm-verdict-label">{CLAIM_VERDICT_LABEL[hit.verdict]}</p>
        {hit.pageFigure && hit.corpusFigure && (
          <dl class="fm-figures">
            <dt>This page</dt>
            <dd>{hit.pageFigure}</dd>
            <dt>Source</dt>
            <dd>{hit.corpusFigure}</dd>
          </dl>
        )}
      </div>
    );
  }
  return (
    <div class={`fm-verdict fm-verdict-${hit.verdict}`}>
      <p class="fm-verdict-label">{QUOTE_VERDICT_LABEL[hit.verdict]}</p>
      {hit.verdict === 'misattributed' && hit.corpusSpeaker && (
        <p>
          The source attributes these words to <strong>{hit.corpusSpeaker}</strong>
          {hit.pageSpeaker ? `, not ${hit.pageSpeaker}` : ''}.
        </p>
      )}
      {hit.diff && hit.verdict === 'altered' && (
        <p class="fm-diff" aria-label="Differences from the source">
          {hit.diff.map((op, i) =>
            op.op === 'same' ? <span key={i}>{op.text} </span> : op.op === 'added' ? <ins key={i}>{op.text} </ins> : <del key={i}>{op.text} </del>,
          )}
        </p>
      )}
    </div>
  );
}

/** One line: why this text is highlighted. */
export function whyHighlighted(hit: Hit): string {
  // A name matches a corpus spelling exactly, word for word after normalisation: its score is 1.
  if (hit.kind === 'name') return `Highlighted as ${MATCH_TYPE_LABEL[hit.matchType]}: “${hit.alias}” (name match, score 1.00).`;
  if (hit.kind === 'claim') return `${hit.reason} (claim match, score ${hit.score.toFixed(2)})`;
  return `Quote match: ${Math.round(hit.score * 100)}% of the source’s words (score ${hit.score.toFixed(2)}).`;
}
