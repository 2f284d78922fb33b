import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** The Remove buttons of the list, in order. */
function removeButtons(section: HTMLElement | null): HTMLButtonElement[] {
  return section ? [...section.querySelectorAll<HTMLButtonElement>('.fm-documents button')] : [];
}

/** Where focus was as a change started: a Remove button's place in the list (-1: Remove all), or another control. */
type Place = { removeAt: number } | { control: HTMLElement };

/**
 * Keeps a keyboard user's place through a change to the corpus. The control
 * that starts one is disabled while it runs, and a Remove button's row goes
 * afterwards, which drops focus to the page's start. Once the change is over,
 * if focus is still lost, it goes back to that control; for a removal, to the
 * Remove button now in the removed one's place (the one before, at the end;
 * the same one, if the removal failed), or to the list's heading when none is
 * left or everything was removed. Returns the call that notes where focus is
 * as a change starts.
 */
export function useKeptFocus(section: RefObject<HTMLElement | null>, heading: RefObject<HTMLElement | null>, busy: boolean): () => void {
  const noted = useRef<Place | null>(null);
  useEffect(() => {
    const place = noted.current;
    if (busy || !place) return;
    noted.current = null;
    const active = document.activeElement;
    // The user has moved on meanwhile: focus stays where they put it.
    if (active && active !== document.body && active.isConnected) return;
    if ('control' in place) {
      if (place.control.isConnected) place.control.focus();
      return;
    }
    const buttons = removeButtons(section.current);
    const next = place.removeAt >= 0 && buttons.length ? buttons[Math.min(place.removeAt, buttons.length - 1)] : heading.current;
    next?.focus();
  }, [busy]);
  return () => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || active === document.body) {
      noted.current = null;
      return;
    }
    const at = removeButtons(section.current).indexOf(active as HTMLButtonElement);
    noted.current = at >= 0 ? { removeAt: at } : section.current?.contains(active) ? { removeAt: -1 } : { control: active };
  };
}
