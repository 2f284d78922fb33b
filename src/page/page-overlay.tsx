import { computePosition, flip, offset, shift, type ReferenceElement } from '@floating-ui/dom';
import { render } from 'preact';
import { CopyExcerptButton, type CopyExcerptButtonProps } from '../ui/CopyExcerptButton';
import { SourceCard, type SourceCardProps } from '../ui/SourceCard';

export interface OverlayState {
  card: (SourceCardProps & { anchor: ReferenceElement }) | null;
  copy: (CopyExcerptButtonProps & { anchor: ReferenceElement }) | null;
}

/**
 * Factmark's layer over the page, rendered with Preact inside the shadow root
 * the content script mounts. Holds no logic: controllers set its state.
 */
export class PageOverlay {
  private state: OverlayState = { card: null, copy: null };

  constructor(private readonly container: HTMLElement) {}

  get current(): Readonly<OverlayState> {
    return this.state;
  }

  update(patch: Partial<OverlayState>): void {
    this.state = { ...this.state, ...patch };
    const { card, copy } = this.state;
    render(
      <div class="fm-layer">
        {card && <SourceCard {...card} />}
        {copy && <CopyExcerptButton {...copy} />}
      </div>,
      this.container,
    );
    if (card) void place(card.anchor, this.container.querySelector('.fm-card'));
    if (copy) void place(copy.anchor, this.container.querySelector('.fm-copy'));
  }

  /** The card element, to move focus into it or test whether the pointer is over it. */
  cardElement(): HTMLElement | null {
    return this.container.querySelector('.fm-card');
  }

  destroy(): void {
    render(null, this.container);
  }
}

async function place(anchor: ReferenceElement, floating: HTMLElement | null): Promise<void> {
  if (!floating) return;
  const { x, y } = await computePosition(anchor, floating, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [offset(6), flip(), shift({ padding: 8 })],
  });
  Object.assign(floating.style, { transform: `translate(${Math.round(x)}px, ${Math.round(y)}px)` });
}
