import { expect, test } from './fixtures';

test.describe('popup look-ups', () => {
  test('finds a name in another spelling, with its quotes and sources', async ({ context, extensionId }) => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByRole('searchbox', { name: /Look up/ }).fill('tsikhanouskaya');
    const name = popup.locator('.fm-lookup-name', { hasText: 'Svetlana Tikhanovskaya' });
    await expect(name).toContainText('opposition leader');
    await expect(name.locator('.fm-quotes')).toContainText('At no stage was it a fight against Russia');
    await expect(name.locator('.fm-source').first()).toContainText('Kyiv Post');
  });

  test('finds a figure and a phrase across the corpus', async ({ context, extensionId }) => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const search = popup.getByRole('searchbox', { name: /Look up/ });
    await search.fill('3,700 people detained');
    await expect(popup.locator('.fm-lookup-sentences')).toContainText('detained 3,711 people on January 23');
    await search.fill('color revolution');
    await expect(popup.locator('.fm-lookup-sentences mark')).toHaveText('color revolution');
    await search.fill('zeppelin');
    await expect(popup.getByRole('status')).toContainText('Nothing in the corpus for “zeppelin”.');
  });

  test('typing waits for a pause: one look-up for a name typed, not one per key', async ({ context, extensionId }) => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    // Count the look-ups the popup asks the background for.
    await popup.evaluate(() => {
      const sent: string[] = [];
      (window as unknown as { sent: string[] }).sent = sent;
      const runtime = chrome.runtime as unknown as { sendMessage(message: { type: string; query?: string }): Promise<unknown> };
      const send = runtime.sendMessage.bind(runtime);
      runtime.sendMessage = (message) => {
        if (message?.type === 'lookup' && message.query) sent.push(message.query);
        return send(message);
      };
    });
    await popup.getByRole('searchbox', { name: /Look up/ }).pressSequentially('tsikhanouskaya', { delay: 40 });
    await expect(popup.locator('.fm-lookup-name', { hasText: 'Svetlana Tikhanovskaya' })).toBeVisible();
    const sent = await popup.evaluate(() => (window as unknown as { sent: string[] }).sent);
    expect(sent.at(-1)).toBe('tsikhanouskaya');
    expect(sent.length).toBeLessThanOrEqual(2);
  });
});

