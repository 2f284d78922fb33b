/** Where the build writes the default corpus pack, relative to the extension root. */
export const DEFAULT_PACK_PATH = 'corpus/default-pack.json';

/** Tag of every highlight element: a custom tag, so page CSS written for `mark` or `span` can't restyle it. */
export const HIGHLIGHT_TAG = 'fm-mark';
