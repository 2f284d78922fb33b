import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { COMMANDS } from './src/background/commands';
import { buildPack } from './src/corpus/build-pack';
import { DEFAULT_PACK_PATH } from './src/shared/constants';
import { readAliasTable, readCorpusFolder } from './scripts/read-corpus-folder';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  modules: ['@wxt-dev/auto-icons'],
  autoIcons: { baseIconPath: 'assets/icon.svg' },
  // The import's ingestion worker is an ES module, like the pages that start it.
  vite: () => ({ plugins: [preact()], worker: { format: 'es' } }),
  manifest: ({ browser }) => ({
    name: 'Factmark',
    description:
      'Highlights the names, claims and quotes of your fact-checking corpus on news pages, with their sources. Runs entirely in your browser.',
    // No API permissions: the popup talks to its tab's content script, which needs none to answer.
    // Page access comes from the content script's http(s) matches (see README, "Permissions").
    permissions: [],
    commands: COMMANDS,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'factmark@factmark.local',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The default corpus is ingested at build time, so every build (and zip) ships the same pack.
    'build:publicAssets': (_wxt, files) => {
      const pack = buildPack(readCorpusFolder('assets/corpus'), { aliasTable: readAliasTable('assets/corpus') });
      files.push({ relativeDest: DEFAULT_PACK_PATH, contents: JSON.stringify(pack) });
    },
  },
});
