/** What the share bar last did, to say so on the button that did it. */
export type ShareAction = 'excerpt' | 'link' | 'image';
export type ShareOutcome = { action: ShareAction; ok: boolean } | null;

export interface ShareBarProps {
  outcome: ShareOutcome;
  onCopy(): void;
  onCopyLink(): void;
  onSaveImage(): void;
  /** Escape: the bar closes (and focus goes back where it was). */
  onDismiss?(): void;
}

const LABELS: Record<ShareAction, [idle: string, done: string, failed: string]> = {
  excerpt: ['Copy excerpt', 'Copied with citations', 'Copy failed'],
  link: ['Copy link', 'Link copied', 'Copy failed'],
  image: ['Save image', 'Image saved', 'No image'],
};

/**
 * The actions offered next to a text selection: the excerpt with its
 * citations (rich text, and Markdown as its plain text), a link to the
 * passage itself, and an image of it.
 */
export function ShareBar({ outcome, onCopy, onCopyLink, onSaveImage, onDismiss }: ShareBarProps) {
  const button = (action: ShareAction, className: string, onClick: () => void) => {
    const [idle, done, failed] = LABELS[action];
    return (
      <button
        type="button"
        class={className}
        // Keep the page's selection: a mousedown on a button would otherwise clear it.
        onMouseDown={(event) => event.preventDefault()}
        onClick={onClick}
      >
        {outcome?.action !== action ? idle : outcome.ok ? done : failed}
      </button>
    );
  };
  return (
    <div
      class="fm-share"
      role="group"
      aria-label="Share this excerpt"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !onDismiss) return;
        event.preventDefault();
        onDismiss();
      }}
    >
      {button('excerpt', 'fm-copy', onCopy)}
      {button('link', 'fm-copy-link', onCopyLink)}
      {button('image', 'fm-save-image', onSaveImage)}
    </div>
  );
}
