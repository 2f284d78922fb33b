// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UserDocumentInput } from '../../../src/corpus/user-input';
import type { DocumentSummary } from '../../../src/shared/messages';
import { OptionsView } from '../../../src/ui/options/OptionsView';

let root: HTMLElement;
afterEach(() => root?.remove());

function mount(onPaste: (input: UserDocumentInput) => void) {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<OptionsView documents={[]} status={{ state: 'idle' }} onPaste={onPaste} onFiles={() => {}} onRemove={() => {}} onRemoveAll={() => {}} />, root));
  const field = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const type = (selector: string, value: string) =>
    act(() => {
      const element = field<HTMLInputElement | HTMLTextAreaElement>(selector);
      element.value = value;
      element.dispatchEvent(new Event('input', { bubbles: true }));
    });
  const choose = (value: string) =>
    act(() => {
      const select = field<HTMLSelectElement>('select[name=format]');
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
  const submit = () =>
    act(() => {
      field<HTMLFormElement>('form').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
  return { field, type, choose, submit };
}

describe('the options page’s paste form', () => {
  it('has a language field, "en" by default, and sends it with the text', () => {
    const onPaste = vi.fn();
    const form = mount(onPaste);
    expect(form.field<HTMLInputElement>('input[name=language]').value).toBe('en');
    form.type('textarea[name=text]', 'Police detained 3,711 people on January 23.');
    form.type('input[name=title]', 'Detentions');
    form.submit();
    expect(onPaste).toHaveBeenCalledWith({ format: 'auto', content: 'Police detained 3,711 people on January 23.', meta: { language: 'en', title: 'Detentions' } });
    form.type('input[name=language]', 'de');
    form.submit();
    expect(onPaste.mock.lastCall![0].meta.language).toBe('de');
  });

  it('detects Markdown by default and says how it reads the text, or takes the format chosen', () => {
    const onPaste = vi.fn();
    const form = mount(onPaste);
    const hint = () => form.field('#fm-format-detected').textContent;
    form.type('textarea[name=text]', '# Protests spread\n\nPolice detained [3,711 people](https://ovd.info) on January 23.');
    expect(hint()).toBe('Read as Markdown');
    form.type('textarea[name=text]', 'Police detained 3,711 people on January 23.');
    expect(hint()).toBe('Read as plain text');
    form.choose('markdown');
    expect(hint()).toBe('');
    form.submit();
    expect(onPaste.mock.lastCall![0].format).toBe('markdown');
  });
});

describe('removing every document the user added', () => {
  const doc = (id: string, origin: 'default' | 'user'): DocumentSummary => ({ id, title: id, outlet: null, published: null, origin });
  function show(documents: DocumentSummary[], onRemoveAll: () => void, state: 'idle' | 'busy' = 'idle') {
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<OptionsView documents={documents} status={{ state }} onPaste={() => {}} onFiles={() => {}} onRemove={() => {}} onRemoveAll={onRemoveAll} />, root));
  }
  const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name);
  const click = (name: string) => act(() => button(name)!.click());

  it('asks first, with Cancel focused, and removes only once confirmed', () => {
    const onRemoveAll = vi.fn();
    show([doc('doc:default', 'default'), doc('doc:a', 'user'), doc('doc:b', 'user')], onRemoveAll);
    click('Remove all 2 documents you added');
    expect(onRemoveAll).not.toHaveBeenCalled();
    expect(root.querySelector('.fm-confirm')!.textContent).toContain('Remove the 2 documents you added, and what Factmark found in them? The default corpus stays.');
    expect(document.activeElement!.textContent).toBe('Cancel');
    click('Cancel');
    expect(root.querySelector('.fm-confirm')).toBeNull();
    click('Remove all 2 documents you added');
    click('Remove them');
    expect(onRemoveAll).toHaveBeenCalledTimes(1);
    expect(root.querySelector('.fm-confirm')).toBeNull();
  });

  it('is offered only when the user has added documents, and not while an import is under way', () => {
    show([doc('doc:default', 'default')], () => {});
    expect(root.querySelector('.fm-remove-all')).toBeNull();
    root.remove();
    show([doc('doc:default', 'default'), doc('doc:a', 'user')], () => {}, 'busy');
    expect(button('Remove the document you added')!.disabled).toBe(true);
  });
});

describe('focus through a removal', () => {
  const doc = (id: string, origin: 'default' | 'user' = 'user'): DocumentSummary => ({ id, title: id, outlet: null, published: null, origin });
  /** The page as main.tsx drives it: busy while the background removes, then the list without the document. */
  function page(initial: DocumentSummary[]) {
    root = document.createElement('div');
    document.body.append(root);
    let documents = initial;
    const draw = (state: 'idle' | 'busy' | 'done') =>
      act(() =>
        render(
          <OptionsView
            documents={documents}
            status={state === 'done' ? { state, message: 'Removed.' } : { state }}
            onPaste={() => {}}
            onFiles={() => {}}
            onRemove={(id) => {
              draw('busy');
              documents = documents.filter((d) => d.id !== id);
              draw('done');
            }}
            onRemoveAll={() => {
              draw('busy');
              documents = documents.filter((d) => d.origin !== 'user');
              draw('done');
            }}
          />,
          root,
        ),
      );
    draw('idle');
    const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === name || b.textContent === name)!;
    const press = (name: string) => {
      button(name).focus();
      act(() => button(name).click());
    };
    return { press, focused: () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent };
  }

  it('goes to the Remove button that takes the removed one’s place, the one before it at the end, then the heading', () => {
    const { press, focused } = page([doc('doc:default', 'default'), doc('a'), doc('b'), doc('c')]);
    press('Remove b');
    expect(focused()).toBe('Remove c');
    press('Remove c');
    expect(focused()).toBe('Remove a');
    press('Remove a');
    expect(focused()).toBe('Documents (1)');
  });

  it('goes to the heading once everything added is removed', () => {
    const { press, focused } = page([doc('doc:default', 'default'), doc('a'), doc('b')]);
    press('Remove all 2 documents you added');
    press('Remove them');
    expect(focused()).toBe('Documents (1)');
  });
});
