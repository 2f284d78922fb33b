export interface CopyExcerptButtonProps {
  state: 'idle' | 'copied' | 'failed';
  onCopy(): void;
}

/** The small action offered next to a text selection. */
export function CopyExcerptButton({ state, onCopy }: CopyExcerptButtonProps) {
  return (
    <button
      type="button"
      class="fm-copy"
      // Keep the page's selection: a mousedown on a button would otherwise clear it.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onCopy}
    >
      {state === 'copied' ? 'Copied with citations' : state === 'failed' ? 'Copy failed' : 'Copy excerpt'}
    </button>
  );
}
