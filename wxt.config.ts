import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { buildPack } from './src/corpus/build-pack';
import { DEFAULT_PACK_PATH } from './src/shared/constants';
import { readCorpusFolder } from './scripts/read-corpus-folder';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Factmark',
    description:
      'Highlights the names, claims and quotes of your fact-checking corpus on news pages, with their sources. Runs entirely in your browser.',
    // activeTab: lets the popup read the active tab's URL and title to explain pages it cannot read.
    permissions: ['activeTab'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'factmark@factmark.local',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The default corpus is ingested at build time, so every build (and zip) ships the same pack.
    'build:publicAssets': (_wxt, files) => {
      const pack = buildPack(readCorpusFolder('assets/corpus'));
      files.push({ relativeDest: DEFAULT_PACK_PATH, contents: JSON.stringify(pack) });
    },
  },
});
