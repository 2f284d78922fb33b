export { compileSegment, createMatcher, loadSegment } from '/work/main/src/match';
export { plantedPage } from '/work/main/bench/planted-page';
export { readBlock } from '/work/main/src/match/block-text';
export { findNames, ambiguousSurnames } from '/work/main/src/match/names';
export { findQuotes, closestQuotes, quoteWords } from '/work/main/src/match/quotes';
