import type { NameHit } from '../shared/hits';
import type { SentenceSpan } from '../corpus/sentences';
import { isSubject } from './sentence-subject';
import { TO_VERB, VERB } from './speech-verbs';

/*
 * The person a pronoun credits a quote to: 'Putin spoke to reporters on
 * Friday. "If Belarus falls, Russia will be next," he said.' News writes a
 * second quote so, after naming its speaker once. Read only where one person
 * can be meant and the quote's own sentence names none: the sentence before
 * names one person, as its subject and not as a possessor ("Putin's spokesman
 * … he said" is the spokesman); or several, of whom the pronoun fits one only,
 * as the names plainly tell. Otherwise no one is credited: crediting the
 * wrong person would call a true quote misattributed.
 */

/** "…," he said / she added / said he; the pronoun is group 1 or 2. */
const AFTER = new RegExp(`^[^\\p{L}]*(?:(he|she)\\b${TO_VERB}${VERB}|${VERB}\\s+(he|she)\\b)`, 'iu');
/** He said: "…" / She told reporters that "…". */
const BEFORE = new RegExp(`\\b(he|she)\\b${TO_VERB}${VERB}[^.!?"“”«»]{0,40}?[:,]?\\s*["“«„‘']?\\s*$`, 'iu');
/** Names that tell a woman: a Slavic surname's feminine ending, a first name in -a ("Svetlana", "Alesia"). */
const FEMININE_SURNAME = /(?:ova|eva|aya|kaya)$/;
const MASCULINE_SURNAME = /(?:ov|ev|sky|skiy|ski|in)$/;
/** First names in -a that are men's. */
const MEN_IN_A = new Set(['nikita', 'ilya', 'foma', 'luca', 'andrea', 'joshua', 'sasha', 'misha', 'kolya', 'vanya', 'ezra']);

interface Span {
  start: number;
  end: number;
}

/**
 * The person a pronoun beside `quote` credits it to, or null. `quoted`: every
 * quoted span of the block (names inside them say nothing); `sentencesOf`: the
 * block's sentences, read once for all its quotes.
 */
export function pronounSpeaker(text: string, quote: Span, names: readonly NameHit[], quoted: readonly Span[], sentencesOf: () => SentenceSpan[]): NameHit | null {
  const after = text.slice(quote.end, quote.end + 40);
  const before = text.slice(Math.max(0, quote.start - 80), quote.start);
  const pronoun = AFTER.exec(after) ?? BEFORE.exec(before);
  if (!pronoun) return null;
  const she = (pronoun[1] ?? pronoun[2]).toLowerCase() === 'she';
  const sentences = sentencesOf();
  const at = sentences.findIndex((s) => s.start <= quote.start && quote.start < s.end);
  if (at < 1) return null;
  const own = sentences[at];
  const previous = sentences[at - 1];
  const outside = (n: NameHit) => n.entityType === 'person' && !quoted.some((q) => n.start >= q.start && n.end <= q.end);
  if (names.some((n) => outside(n) && n.start >= own.start && n.end <= own.end)) return null;
  const people = names.filter((n) => outside(n) && n.start >= previous.start && n.end <= previous.end);
  if (!people.length) return null;
  const [wanted, other] = she ? (['female', 'male'] as const) : (['male', 'female'] as const);
  const ids = [...new Set(people.map((n) => n.entityId))];
  if (ids.length > 1) {
    // Two people or more: the pronoun tells them apart only where one is plainly of its gender and every other plainly not
    // ("Putin met Tikhanovskaya. '…,' she said").
    const matching = ids.filter((id) => genderOf(id) === wanted);
    if (matching.length !== 1 || ids.some((id) => id !== matching[0] && genderOf(id) !== other)) return null;
    return people.find((n) => n.entityId === matching[0])!;
  }
  const subject = people[0];
  if (!isSubject(text, previous.start, subject)) return null;
  // "he" of a woman, or "she" of a man, is someone the page does not name.
  return genderOf(subject.entityId) === other ? null : subject;
}

/** A person's gender where the name tells it plainly (entity ids are their names: "ent:svetlana-tikhanovskaya"), or null. */
export function genderOf(entityId: string): 'female' | 'male' | null {
  const parts = entityId.slice(entityId.indexOf(':') + 1).split('-');
  const first = parts[0];
  const last = parts[parts.length - 1];
  const female = FEMININE_SURNAME.test(last) || (parts.length > 1 && first.endsWith('a') && !MEN_IN_A.has(first));
  const male = parts.length > 1 && MASCULINE_SURNAME.test(last);
  return female === male ? null : female ? 'female' : 'male';
}
