// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { articleFromHtml } from '../../../src/corpus/html-article';

const PAGE = `<!doctype html><html lang="en"><head><title>Protests spread | Daily</title>
<meta property="article:published_time" content="2021-01-24T10:00:00Z"><meta property="og:site_name" content="The Daily">
<script>window.stolen = document.cookie</script></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Protests spread</h1><p class="byline">By Jane Doe</p>
<p>Police detained 3,711 people on January 23, according to the independent monitor OVD-Info, which said the number was a record in its decade of tracking arrests across the country.</p>
<p>Demonstrations were reported in more than 100 cities and towns nationwide, with an estimated 40,000 attending the rally in Moscow, organisers and observers said on Sunday.</p>
<p>"NEXTA also claims it is coordinating the Russian protests," added Alexander Morozov, an expert on Russia at Prague's Charles University, in comments to reporters.</p>
<script>alert('x')</script></article>
<footer>Subscribe to our newsletter · Privacy · Terms</footer></body></html>`;

describe('articleFromHtml', () => {
  it('extracts the article as paragraphs with its metadata, and no scripts or chrome', () => {
    const doc = new DOMParser().parseFromString(PAGE, 'text/html');
    const article = articleFromHtml(doc, 'https://daily.example/protests')!;
    expect(article.text.split('\n\n')).toHaveLength(3);
    expect(article.text).toContain('Police detained 3,711 people on January 23');
    expect(article.text).not.toMatch(/alert|stolen|Subscribe|Privacy/);
    expect(article.meta).toMatchObject({ published: '2021-01-24', outlet: 'The Daily', url: 'https://daily.example/protests' });
  });
});
