// Callbacks passed to serviceWorker.evaluate() run in the extension's service worker, where `chrome` is the API.
declare const chrome: typeof import('wxt/browser').browser;
