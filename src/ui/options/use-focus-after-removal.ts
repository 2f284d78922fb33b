import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** The Remove buttons of the list, in order. */
function removeButtons(section: HTMLElement | null): HTMLButtonElement[] {
  return section ? [...section.querySelectorAll<HTMLButtonElement>('.fm-documents button')] : [];
}

/**
 * Keeps a keyboard user's place through a removal. The focused button is
 * disabled while the change runs and its row goes afterwards, which drops
 * focus to the page's start; once the change is over, focus goes to the
 * Remove button now in its place (the same one, if the removal failed), or to
 * the list's heading when none is left or everything was removed. Returns
 * the call that notes where focus was as a removal starts.
 */
export function useFocusAfterRemoval(section: RefObject<HTMLElement | null>, heading: RefObject<HTMLElement | null>, busy: boolean): () => void {
  /** The focused Remove button's place, -1 for another control of the list (Remove all), null for none. */
  const place = useRef<number | null>(null);
  useEffect(() => {
    if (busy || place.current === null) return;
    const at = place.current;
    place.current = null;
    const buttons = removeButtons(section.current);
    const next = at >= 0 && buttons.length ? buttons[Math.min(at, buttons.length - 1)] : heading.current;
    next?.focus();
  }, [busy]);
  return () => {
    const active = document.activeElement;
    const at = removeButtons(section.current).indexOf(active as HTMLButtonElement);
    place.current = at >= 0 ? at : active && section.current?.contains(active) ? -1 : null;
  };
}
