// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UserDocumentInput } from '../../../src/corpus/user-input';
import { OptionsView } from '../../../src/ui/options/OptionsView';

let root: HTMLElement;
afterEach(() => root?.remove());

function mount(onPaste: (input: UserDocumentInput) => void) {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<OptionsView documents={[]} status={{ state: 'idle' }} onPaste={onPaste} onFiles={() => {}} onRemove={() => {}} />, root));
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
