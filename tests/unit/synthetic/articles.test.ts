import { beforeAll, describe, expect, it, vi } from 'vitest';
import { generateArticle, generateArticles, type SyntheticArticle } from '../../../bench/synthetic/articles';
import { NAME_GROUPS, RECURRING_PEOPLE, TOPICS } from '../../../bench/synthetic/pools';

/** The page-chrome lines the generator may add (a caption comes with its credit line, in one block). */
const CHROME = /^(?:Share(?: this article| on \w+| via email)?|Advertisement|ADVERTISEMENT|Sponsored|Read more: .+|\d:\d\d \/ \d:\d\d|.+\nPhoto: .+ \/ .+)$/;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('synthetic articles', () => {
  let corpus: SyntheticArticle[];
  beforeAll(() => {
    corpus = generateArticles(2000);
  });

  it('is deterministic: the same call gives the same articles, and article i alone equals the batch’s article i', () => {
    expect(generateArticles(150)).toEqual(corpus.slice(0, 150));
    for (const i of [0, 1, 777, 1999]) expect(generateArticle(i)).toEqual(corpus[i]);
    expect(generateArticle(3, 42)).toEqual(generateArticle(3, 42));
    expect(generateArticle(3, 42).raw).not.toBe(corpus[3].raw);
  });

  it('draws nothing from Math.random or the clock', () => {
    const random = vi.spyOn(Math, 'random');
    const now = vi.spyOn(Date, 'now');
    generateArticles(20, 7);
    expect(random).not.toHaveBeenCalled();
    expect(now).not.toHaveBeenCalled();
    random.mockRestore();
    now.mockRestore();
  });

  // Problems are collected and asserted once: one expect per item would cost more than the generation itself.
  it('records its truth exactly as written in the raw text', () => {
    const problems: string[] = [];
    const check = (ok: boolean, a: SyntheticArticle, what: string) => ok || problems.push(`${a.key}: ${what}`);
    for (const a of corpus) {
      const speakers = new Set(a.truth.people.map((p) => p.name));
      const lower = a.raw.toLowerCase();
      for (const c of a.truth.claims) check(a.raw.includes(c.sentence), a, `claim ${c.sentence}`);
      for (const q of a.truth.quotes) {
        check(a.raw.includes(q.text), a, `quote ${q.text}`);
        check(speakers.has(q.speaker), a, `speaker ${q.speaker}`);
        check(words(q.text) >= 8 && words(q.text) <= 35, a, `quote length ${q.text}`);
      }
      for (const p of a.truth.people) {
        check(a.raw.includes(p.name) && p.name.endsWith(p.surname), a, `person ${p.name}`);
        check(lower.includes(p.role.toLowerCase()), a, `role ${p.role}`); // a role may open a sentence
      }
      for (const o of a.truth.organizations) check(a.raw.includes(o), a, `organisation ${o}`);
      for (const place of a.truth.places) check(a.raw.includes(place), a, `place ${place}`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('meets the per-article minimums: people, claims, quotes, length, paragraphs', () => {
    const problems: string[] = [];
    for (const a of corpus) {
      const { people, claims, quotes } = a.truth;
      const [headline, ...blocks] = a.raw.trim().split('\n\n');
      const paragraphs = blocks.filter((b) => !CHROME.test(b)).length;
      const length = words(a.raw);
      if (people.length < 5 || claims.length < 10 || quotes.length < 3) problems.push(`${a.key}: ${people.length} people, ${claims.length} claims, ${quotes.length} quotes`);
      if (length < 500 || length > 900) problems.push(`${a.key}: ${length} words`);
      if (paragraphs < 6 || paragraphs > 12) problems.push(`${a.key}: ${paragraphs} paragraphs`);
      if (headline !== a.meta.title) problems.push(`${a.key}: headline ${headline}`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('carries document metadata', () => {
    const a = corpus[123];
    expect(a.key).toBe('synthetic-000123.txt');
    expect(a.meta.language).toBe('en');
    expect(a.meta.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(a.meta.url).toMatch(/^https:\/\/www\.[a-z.]+\/[a-z]+\/\d{4}\/\d{2}\/[a-z0-9-]+-123$/);
    for (const field of ['title', 'outlet', 'author', 'section'] as const) expect(a.meta[field]).toBeTruthy();
  });

  it('introduces mostly new people across the corpus, and varies its claims and quotes', () => {
    const people = new Set(corpus.flatMap((a) => a.truth.people.map((p) => p.name)));
    expect(people.size).toBeGreaterThanOrEqual(8000);
    const claims = corpus.flatMap((a) => a.truth.claims.map((c) => c.sentence));
    expect(new Set(claims).size / claims.length).toBeGreaterThan(0.9);
    const quotes = corpus.flatMap((a) => a.truth.quotes.map((q) => q.text));
    expect(new Set(quotes).size / quotes.length).toBeGreaterThan(0.75);
  });

  it('has consistent pools: experiential claims belong to a role, recurring figures never collide with generated names', () => {
    const untagged = (templates: string[]) => templates.map((t) => t.replace(/^\[[^\]]+\] /, '')); // "[floods] a resident of …"
    for (const topic of TOPICS) expect(untagged(topic.localRoles)).toEqual(expect.arrayContaining(Object.keys(topic.roleClaims)));
    const surnames = new Set(NAME_GROUPS.flatMap((g) => g.surnames.flatMap((s) => s.split('/'))));
    expect(RECURRING_PEOPLE.flatMap((p) => p.spellings.map(([, surname]) => surname)).filter((s) => surnames.has(s))).toEqual([]);
    expect(NAME_GROUPS.reduce((n, g) => n + g.female.length + g.male.length, 0)).toBeGreaterThanOrEqual(300);
    expect(NAME_GROUPS.reduce((n, g) => n + g.surnames.length, 0)).toBeGreaterThanOrEqual(1500);
  });

  it('keeps page chrome under a tenth of the lines', () => {
    let lines = 0;
    let chrome = 0;
    for (const a of corpus) {
      const blocks = a.raw.trim().split('\n\n');
      lines += a.raw.split('\n').filter((l) => l.trim()).length;
      chrome += blocks.filter((b) => CHROME.test(b)).reduce((n, b) => n + b.split('\n').length, 0);
    }
    expect(chrome).toBeGreaterThan(0);
    expect(chrome / lines).toBeLessThan(0.1);
  });
});
