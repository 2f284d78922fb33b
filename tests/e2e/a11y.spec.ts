import { createRequire } from 'node:module';
import { expect, test } from './fixtures';
import { hoverText, openArticle } from './helpers';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeResults {
  violations: { id: string; help: string; nodes: unknown[] }[];
}

test.describe('accessibility', () => {
  for (const [what, selector, text] of [
    ['name', '#p-power', 'Lukashenka'],
    ['claim', '#p-loan', 'state loan'],
    ['quote', '#q-altered', 'fight against'],
  ] as const) {
    test(`the ${what} card has no axe-core violations`, async ({ page, server }) => {
      await openArticle(page, server.url('article.html'));
      await hoverText(page, selector, text);
      await expect(page.locator('factmark-ui .fm-card')).toBeVisible();
      await page.addScriptTag({ path: AXE });
      const results = await page.evaluate(
        () => (window as unknown as { axe: { run(context: unknown): Promise<AxeResults> } }).axe.run({ include: [['factmark-ui', '.fm-card']] }),
      );
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  }
});
