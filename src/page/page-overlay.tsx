import { autoUpdate, computePosition, flip, hide, offset, shift, size, type ReferenceElement } from '@floating-ui/dom';
import { render } from 'preact';
import { ShareBar, type ShareBarProps } from '../ui/ShareBar';
import { SourceCard, type SourceCardProps } from '../ui/SourceCard';

export interface OverlayState {
  card: (SourceCardProps & { anchor: ReferenceElement }) | null;
  /** The share bar next to a selection. */
  share: (ShareBarProps & { anchor: ReferenceElement }) | null;
}

/** Margin kept between a floating element and the viewport's edges. */
const EDGE = 8;
/** A card is never squeezed below this height: it flips or shifts first. */
const MIN_CARD_HEIGHT = 140;
const MAX_CARD_HEIGHT = 420;

/** One floating element kept attached to its anchor while the page scrolls or resizes. */
interface Tracked {
  anchor: ReferenceElement;
  floating: HTMLElement;
  stop(): void;
}

/**
 * Factmark's layer over the page, rendered with Preact inside the shadow root
 * the content script mounts. Holds no logic: controllers set its state. A
 * card follows its highlight (floating-ui `autoUpdate`: scrolling, resizing,
 * the card's own size) and stays inside the viewport; the tracking stops when
 * the card closes.
 */
export class PageOverlay {
  private state: OverlayState = { card: null, share: null };
  private readonly tracked: Record<'card' | 'share', Tracked | null> = { card: null, share: null };

  constructor(private readonly container: HTMLElement) {}

  get current(): Readonly<OverlayState> {
    return this.state;
  }

  update(patch: Partial<OverlayState>): void {
    this.state = { ...this.state, ...patch };
    const { card, share } = this.state;
    render(
      <div class="fm-layer">
        {card && <SourceCard {...card} />}
        {share && <ShareBar {...share} />}
      </div>,
      this.container,
    );
    this.track('card', card?.anchor ?? null, this.container.querySelector('.fm-card'));
    this.track('share', share?.anchor ?? null, this.container.querySelector('.fm-share'));
  }

  /** The card element, to move focus into it or test whether the pointer is over it. */
  cardElement(): HTMLElement | null {
    return this.container.querySelector('.fm-card');
  }

  /** Factmark's own node in its shadow root: what it adds for a moment (a download's link) goes here, not in the page. */
  get layer(): HTMLElement {
    return this.container;
  }

  /** Whether `node` (an event's target inside the shadow root) is part of the card. */
  inCard(node: EventTarget | null): boolean {
    const card = this.cardElement();
    return Boolean(card && node instanceof Node && card.contains(node));
  }

  destroy(): void {
    this.track('card', null, null);
    this.track('share', null, null);
    render(null, this.container);
  }

  private track(which: 'card' | 'share', anchor: ReferenceElement | null, floating: HTMLElement | null): void {
    const current = this.tracked[which];
    if (current && current.anchor === anchor && current.floating === floating) return;
    current?.stop();
    this.tracked[which] = null;
    if (!anchor || !floating) return;
    const place = which === 'card' ? placeCard : placeShareBar;
    // A virtual anchor (a selection's rectangle) does not move with the page; an element does, and is followed.
    const stop = anchor instanceof Element ? autoUpdate(anchor, floating, () => void place(anchor, floating)) : (void place(anchor, floating), () => {});
    this.tracked[which] = { anchor, floating, stop };
  }
}

async function placeCard(anchor: ReferenceElement, floating: HTMLElement): Promise<void> {
  const { x, y, middlewareData } = await computePosition(anchor, floating, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      offset(6),
      flip({ padding: EDGE, fallbackPlacements: ['top-start', 'bottom-end', 'top-end'] }),
      // The card gets shorter (it scrolls) before it would cover its highlight.
      size({
        padding: EDGE,
        apply({ availableHeight, elements }) {
          elements.floating.style.maxHeight = `${Math.max(MIN_CARD_HEIGHT, Math.min(MAX_CARD_HEIGHT, Math.floor(availableHeight)))}px`;
        },
      }),
      shift({ padding: EDGE, crossAxis: true }),
      hide(),
    ],
  });
  Object.assign(floating.style, {
    transform: `translate(${Math.round(x)}px, ${Math.round(y)}px)`,
    // The highlight scrolled out of view (or into a clipped box): the card waits, hidden, for it to come back.
    visibility: middlewareData.hide?.referenceHidden ? 'hidden' : 'visible',
  });
}

async function placeShareBar(anchor: ReferenceElement, floating: HTMLElement): Promise<void> {
  const { x, y } = await computePosition(anchor, floating, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [offset(6), flip(), shift({ padding: EDGE })],
  });
  Object.assign(floating.style, { transform: `translate(${Math.round(x)}px, ${Math.round(y)}px)` });
}
