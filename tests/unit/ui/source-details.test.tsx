// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { CitedQuote, SourceContext } from '../../../src/shared/sources';
import { SourceDetails, splitQuotes } from '../../../src/ui/SourceDetails';

const source = { docId: 'doc:a', title: 'A story', outlet: 'RFE/RL', author: null, published: '2021-01', url: null };
const quote = (quoteId: string, text: string, speaker: string | null, speakerEntityId?: string | null): CitedQuote => ({
  quoteId, text, speaker, source, ...(speakerEntityId === undefined ? {} : { speakerEntityId }),
});
const lukashenko = (quotes: CitedQuote[]): Extract<SourceContext, { kind: 'name' }> => ({
  kind: 'name', id: 'ent:alexander-lukashenko', name: 'Alexander Lukashenko', type: 'person', description: null,
  aliases: ['Lukashenka'], documentCount: 2, sentences: [], quotes,
});

describe('name quotes', () => {
  it('tells quotes by the person from quotes by others that mention them', () => {
    const context = lukashenko([
      quote('q6', 'if Belarus falls, Russia will be next.', 'Alexander Lukashenko', 'ent:alexander-lukashenko'),
      quote('q11', 'For Lukashenka, it is a double-edged sword.', 'Oleg Chupryna', 'ent:oleg-chupryna'),
    ]);
    const { by, mentioning } = splitQuotes(context);
    expect(by.map((q) => q.quoteId)).toEqual(['q6']);
    expect(mentioning.map((q) => q.quoteId)).toEqual(['q11']);

    document.body.innerHTML = '<div id="root"></div>';
    render(<SourceDetails context={context} />, document.getElementById('root')!);
    const byRegion = document.querySelector('[aria-label="Quotes by Alexander Lukashenko"]')!;
    const aboutRegion = document.querySelector('[aria-label="Quotes mentioning Alexander Lukashenko"]')!;
    expect(byRegion.textContent).toContain('if Belarus falls');
    expect(byRegion.querySelector('.fm-speaker')).toBeNull();
    expect(aboutRegion.textContent).toContain('For Lukashenka');
    // The speaker is named, so the words never read as the person's own.
    expect(aboutRegion.querySelector('.fm-speaker')!.textContent).toBe('— Oleg Chupryna');
  });

  it('without speaker ids, compares the speaker with the person’s spellings', () => {
    const { by, mentioning } = splitQuotes(lukashenko([quote('a', 'x', 'Lukashenka'), quote('b', 'y', 'Oleg Chupryna'), quote('c', 'z', null)]));
    expect(by.map((q) => q.quoteId)).toEqual(['a']);
    expect(mentioning.map((q) => q.quoteId)).toEqual(['b', 'c']);
  });

  it('shows only the sections that have quotes', () => {
    document.body.innerHTML = '<div id="root"></div>';
    render(<SourceDetails context={lukashenko([quote('b', 'y', 'Oleg Chupryna', 'ent:oleg-chupryna')])} />, document.getElementById('root')!);
    expect(document.querySelector('[aria-label^="Quotes by"]')).toBeNull();
    expect(document.querySelectorAll('[aria-label^="Quotes mentioning"]')).toHaveLength(1);
  });
});
