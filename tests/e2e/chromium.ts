import { resolve } from 'node:path';

/** The built extension, as Chromium loads it. */
export const EXTENSION_DIR = resolve('.output/chrome-mv3');
/** Debian's Chromium: no browser is downloaded here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that let Chromium run in this sandbox without reaching for the network. */
export const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Chromium's arguments, with the built extension loaded or without it. */
export function chromiumArgs(withExtension = true): string[] {
  return withExtension ? [...FLAGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : FLAGS;
}
