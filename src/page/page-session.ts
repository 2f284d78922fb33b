import { isActiveOn, type Settings } from '../settings/settings';
import { HIGHLIGHT_TAG } from '../shared/constants';
import type { PageScanner } from './scanner';

/**
 * Applies the user's settings to one page: highlights on or off (off restores
 * the page's DOM exactly), paused sites, which kinds show; and moves keyboard
 * focus from highlight to highlight.
 */
export class PageSession {
  private settings: Settings | null = null;

  constructor(
    private readonly doc: Document,
    private readonly scanner: PageScanner,
  ) {}

  /** False until the first settings arrived: the page has not been read yet. */
  get settled(): boolean {
    return this.settings !== null;
  }

  get active(): boolean {
    return this.settings !== null && isActiveOn(this.settings, this.doc.location.hostname);
  }

  /** Whether highlights of this kind show. */
  shows(kind: keyof Settings['kinds']): boolean {
    return this.settings?.kinds[kind] ?? true;
  }

  async apply(settings: Settings): Promise<void> {
    const before = this.settings;
    this.settings = settings;
    const kindsChanged = before !== null && JSON.stringify(before.kinds) !== JSON.stringify(settings.kinds);
    // Queued after any scan in flight, so what it was about to add is removed (off) or redone (other kinds) too.
    if (!this.active) await this.scanner.clearAll(this.doc.body);
    else if (kindsChanged) await this.scanner.rescanAll(this.doc.body);
    else await this.scanner.scan(this.doc.body);
  }

  /** Scans new or changed content, unless highlights are off here. */
  async rescan(root: Element): Promise<void> {
    if (this.active) await this.scanner.scan(root);
  }

  /** Reads the whole page again, every block re-matched: what the page is about (its date) changed. */
  async refresh(): Promise<void> {
    if (this.active) await this.scanner.rescanAll(this.doc.body);
  }

  /** Focuses the next or previous highlight (which opens its card), wrapping around. */
  step(direction: 1 | -1): Element | null {
    // One stop per hit start: pieces of one highlight and names nested in a claim are separate stops only when they start elsewhere.
    const marks = [...this.doc.querySelectorAll<HTMLElement>(`${HIGHLIGHT_TAG}[data-factmark]`)].filter(
      (el) => !(el.parentElement?.closest(`${HIGHLIGHT_TAG}[data-factmark]`) && el.previousSibling === null),
    );
    if (!marks.length) return null;
    const current = this.doc.activeElement?.closest(`${HIGHLIGHT_TAG}[data-factmark]`) ?? null;
    const at = current ? marks.indexOf(current as HTMLElement) : -1;
    const next = marks[(at + direction + marks.length) % marks.length] ?? marks[0];
    next.scrollIntoView({ block: 'center' });
    next.focus({ preventScroll: true });
    return next;
  }
}
