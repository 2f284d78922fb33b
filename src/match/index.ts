export { compileMatcher, loadMatcher, type CompiledMatcher, type Matcher, type MatcherInput } from './matcher';
