export { createMatcher, loadMatcher, loadSegment, withoutDocuments, type LoadedSegment, type Matcher } from './matcher';
export { compileSegment, SEGMENT_VERSION, type CompiledSegment, type MatcherInput } from './segment';
