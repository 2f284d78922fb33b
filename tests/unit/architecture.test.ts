import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The project's dependency rules, held by a test: the pure core runs anywhere; the background never reaches into the page or its views. */
function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(join('src', dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => ({ path: join('src', dir, file), text: readFileSync(join('src', dir, file), 'utf8') }));
}

const imports = (text: string) => [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
const CORE = ['corpus', 'figures', 'match', 'text', 'share', 'shared', 'settings'];

describe('architecture', () => {
  it.each(CORE)('src/%s is pure: no browser APIs, no imports from the browser layers', (dir) => {
    for (const { path, text } of sources(dir)) {
      expect(imports(text).filter((i) => /\/(page|ui|db|background|messaging)\//.test(i) || /^\.\.\/(page|ui|db|background|messaging)/.test(i)), path).toEqual([]);
      expect(text, path).not.toMatch(/\b(?:browser|chrome|window|document)\.[a-zA-Z]|\blocalStorage\b|\bindexedDB\b/);
    }
  });

  it.each(['background', 'db'])('src/%s never imports page or UI code', (dir) => {
    for (const { path, text } of sources(dir)) {
      expect(imports(text).filter((i) => /(^|\/)(page|ui)\//.test(i)), path).toEqual([]);
    }
  });
});
