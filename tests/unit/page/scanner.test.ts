// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { highlightsIn } from '../../../src/page/highlighter';
import { PageScanner } from '../../../src/page/scanner';
import type { Hit } from '../../../src/shared/hits';
import type { MatchResponse } from '../../../src/shared/messages';
import type { SourceMap } from '../../../src/shared/sources';

/** A stand-in matcher: "Person 12" is the name ent:p12. */
async function match(blocks: string[]): Promise<MatchResponse> {
  const sources: SourceMap = {};
  const hits = blocks.map((text): Hit[] =>
    [...text.matchAll(/Person \d+/g)].map((m) => {
      const entityId = `ent:p${m[0].slice(7)}`;
      sources[entityId] = {
        kind: 'name', id: entityId, name: m[0], type: 'person', description: null, aliases: [], documentCount: 1, sentences: [], quotes: [],
      };
      return { kind: 'name', start: m.index!, end: m.index! + m[0].length, entityId, entityType: 'person', alias: m[0], matchType: 'exact' };
    }),
  );
  return { hits, sources };
}

describe('PageScanner', () => {
  it('keeps only the sources of what the page still shows on an endless feed', async () => {
    document.body.innerHTML = '<section id="feed"></section>';
    const feed = document.getElementById('feed')!;
    const scanner = new PageScanner({ match });
    for (let screen = 0; screen < 40; screen++) {
      // The feed shows 50 stories at a time: new ones come in, old ones go.
      feed.innerHTML = Array.from({ length: 50 }, (_, i) => `<p>Person ${screen * 50 + i} spoke.</p>`).join('');
      await scanner.scan(feed);
    }
    const shown = new Set(highlightsIn(document.body).map((el) => el.getAttribute('data-factmark-id')));
    expect(shown.size).toBe(50);
    // Every highlight on the page still has its source; 2,000 names were seen, a few hundred are kept at most.
    for (const id of shown) expect(scanner.sources[id!]).toBeDefined();
    expect(Object.keys(scanner.sources).length).toBeLessThanOrEqual(600);
  });

  it('remembers hidden parts and names what revealed them', async () => {
    document.body.innerHTML = '<article id="a"><p id="seen">Person 1 spoke.</p><div id="note" hidden><p id="later">Person 2 spoke.</p></div></article>';
    const scanner = new PageScanner({ match });
    await scanner.scan(document.getElementById('a')!);
    expect(highlightsIn(document.body).map((el) => el.textContent)).toEqual(['Person 1']);
    expect(scanner.hiddenCount).toBe(1);

    const note = document.getElementById('note')!;
    // A change elsewhere reveals nothing.
    expect(scanner.takeRevealed(new Set([document.getElementById('seen')!]))).toEqual([]);
    note.removeAttribute('hidden');
    expect(scanner.takeRevealed(new Set([note]))).toEqual([note]);
    await scanner.scan(note);
    expect(highlightsIn(document.body).map((el) => el.textContent)).toEqual(['Person 1', 'Person 2']);
    expect(scanner.hiddenCount).toBe(0);
  });

  it('re-reads blocks that stay hidden, and reads them once they show', async () => {
    document.body.innerHTML = '<article id="a"><p id="p">Person 3 spoke.</p></article>';
    const p = document.getElementById('p')!;
    let visible = false;
    const scanner = new PageScanner({ match, isEligible: () => visible });
    const article = document.getElementById('a')!;
    await scanner.scan(article);
    expect(highlightsIn(document.body)).toHaveLength(0);
    expect(scanner.takeRevealed(new Set([article]))).toEqual([]);
    visible = true;
    expect(scanner.takeRevealed(new Set([article]))).toEqual([article]);
    await scanner.scan(article);
    expect(highlightsIn(p).map((el) => el.textContent)).toEqual(['Person 3']);
  });

  it('re-matches every block when asked to read the page again', async () => {
    document.body.innerHTML = '<article id="a"><p>Person 4 spoke.</p></article>';
    let calls = 0;
    const scanner = new PageScanner({ match: (blocks) => (calls++, match(blocks)) });
    const article = document.getElementById('a')!;
    await scanner.scan(article);
    await scanner.scan(article);
    expect(calls).toBe(1); // unchanged text is not matched again
    await scanner.rescanAll(article);
    expect(calls).toBe(2);
    expect(highlightsIn(article)).toHaveLength(1);
  });
});

describe('switching highlights off during a scan', () => {
  it('leaves no highlight behind once the scan in flight finishes', async () => {
    document.body.innerHTML = '<article id="a"><p>Person 5 spoke.</p><p>Person 6 spoke.</p></article>';
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const scanner = new PageScanner({ match: async (blocks) => (await gate, match(blocks)) });
    const article = document.getElementById('a')!;
    const scanning = scanner.scan(article);
    const off = scanner.clearAll(article);
    release();
    await scanning;
    await off;
    expect(highlightsIn(document.body)).toHaveLength(0);
    expect(article.innerHTML).toBe('<p>Person 5 spoke.</p><p>Person 6 spoke.</p>');
  });
});
