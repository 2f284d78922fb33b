// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocumentSummary } from '../../../src/shared/messages';
import { DocumentList, PAGE_SIZE } from '../../../src/ui/options/DocumentList';
import { filterDocuments, searchTextOf } from '../../../src/ui/options/document-filter';

const doc = (i: number, title: string, outlet: string | null = null): DocumentSummary => ({ id: `doc:${i}`, title, outlet, published: null, origin: 'user' });
const archive = Array.from({ length: 450 }, (_, i) => doc(i, `Dispatch ${i} from Minsk`, i % 3 ? 'Kyiv Post' : 'RFE/RL'));

let root: HTMLElement;
afterEach(() => root?.remove());

function show(documents: DocumentSummary[], onRemove = vi.fn()) {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<DocumentList documents={documents} onRemove={onRemove} />, root));
  return onRemove;
}
const titles = () => [...root.querySelectorAll('.fm-doc-title')].map((el) => el.textContent);
const more = () => root.querySelector<HTMLButtonElement>('.fm-more');
const find = (query: string) =>
  act(() => {
    const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });

describe('filterDocuments', () => {
  const documents = [doc(1, 'Lukašenka’s last stand', 'Nasha Niva'), doc(2, 'Kremlin won’t help', 'Kyiv Post'), doc(3, 'Minsk, Moscow, And Beyond', 'RFE/RL')];
  const texts = documents.map(searchTextOf);
  it.each([
    ['', ['doc:1', 'doc:2', 'doc:3']],
    ['lukasenka', ['doc:1']],
    ['KYIV post', ['doc:2']],
    ['minsk rfe', ['doc:3']],
    ['minsk kyiv', []],
  ])('%j finds %j (title and outlet, every word, case and accents aside)', (query, ids) => {
    expect(filterDocuments(documents, texts, query).map((d) => d.id)).toEqual(ids);
  });
});

describe('the corpus list', () => {
  it('shows a page of documents at a time', () => {
    show(archive);
    expect(titles()).toHaveLength(PAGE_SIZE);
    expect(more()!.textContent).toBe('Show 200 more of 250');
    act(() => more()!.click());
    expect(titles()).toHaveLength(2 * PAGE_SIZE);
    expect(more()!.textContent).toBe('Show 50 more of 50');
    act(() => more()!.click());
    expect(titles()).toHaveLength(450);
    expect(more()).toBeNull();
  });

  it('finds documents by title or outlet, says how many, and removes the one chosen', () => {
    const onRemove = show(archive);
    find('dispatch 12 rfe');
    // "Dispatch 12", "Dispatch 120"–"129" from RFE/RL: those whose number is a multiple of 3.
    expect(titles()).toEqual(['Dispatch 12 from Minsk', 'Dispatch 120 from Minsk', 'Dispatch 123 from Minsk', 'Dispatch 126 from Minsk', 'Dispatch 129 from Minsk']);
    expect(root.querySelector('.fm-find .fm-hint')!.textContent).toBe('5 of 450');
    act(() => root.querySelector<HTMLButtonElement>('[aria-label="Remove Dispatch 123 from Minsk"]')!.click());
    expect(onRemove).toHaveBeenCalledWith('doc:123');
    find('');
    expect(titles()).toHaveLength(PAGE_SIZE);
  });

  it('keeps its Remove buttons disabled while a change is under way', () => {
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<DocumentList documents={archive.slice(0, 3)} busy onRemove={() => {}} />, root));
    expect([...root.querySelectorAll('button')].map((b) => b.disabled)).toEqual([true, true, true]);
  });

  it('offers no search for a handful of documents', () => {
    show(archive.slice(0, 3));
    expect(root.querySelector('input[type=search]')).toBeNull();
    expect(more()).toBeNull();
  });
});
