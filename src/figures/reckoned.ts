import type { Figure } from '../shared/records';
import { bornFigures } from './born';
import { sinceFigures } from './since';

/**
 * A text's figures and those reckoned from them and the date it was written:
 * when a time in power began, a year of birth. The corpus and the page reckon
 * alike here, or what they reckon could not be compared.
 */
export function withReckoned(text: string, figures: Figure[], asOf: string | null): Figure[] {
  return [...figures, ...sinceFigures(text, figures, asOf), ...bornFigures(figures, asOf)];
}
