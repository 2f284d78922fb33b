import type { EntityType, QuoteRecord, SentenceRecord } from '../shared/records';
import type { NamedEntity, NamedMention } from './mentions';
import { ORGANIZATION_ROLES, PERSON_ROLES, SPEECH_VERBS } from './names/lexicon';

const MIN_WORDS = 4;
const VERBS = [...SPEECH_VERBS, 'called', 'calls', 'described', 'describes', 'warning', 'saying', 'adding', 'noting', 'arguing', 'explaining', 'insisting', 'writing', 'telling', 'accused', 'accuses', 'reading', 'chanted', 'chanting'].join('|');
/** Verbs that quote a slogan or a label, not a speaker's statement. */
const NOT_SPEECH = /^(?:chanted|chanting|reading)$/;
const VERB = new RegExp(`\\b(${VERBS})\\b`, 'g');
/** An apposition between a name and its verb: ", the union’s general secretary,", ", 52, who began …,", ", Nordhavn Line’s director …,". */
const APPOSITION = `,\\s+(?:(?:a|an|the|who|which|whose|aged|\\d)[^"“”]{0,160}?|\\p{Ll}[^"“”]{0,120}?|\\p{Lu}[^"“”,]{0,60}?['’]s\\s[^"“”]{0,100}?),`;

type Named = NamedMention;

interface Quoted {
  /** Offsets of the words inside the marks. */
  start: number;
  end: number;
  text: string;
  openStart: number;
  closeEnd: number;
}

interface Speaker {
  entity: NamedEntity | null;
  name: string;
}

/**
 * Direct quotes with their speakers. The speaker is read from the attribution
 * after the quote (`," said X`, `," X said`, `," X, <who>, told …`,
 * `," she said`) or before it (`X said: "…"`, `According to X, "…"`,
 * `X told … that "…"`, `the company said it had offered "…"`); else from
 * another quote of the same sentence, the quote just before (one quote split
 * around its attribution), or the person the previous sentence is about.
 * Pronouns and "the company"-like phrases resolve to the last subject of that
 * kind. Short scare quotes and slogans are not a speaker's words.
 */
export function extractQuotes(docId: string, text: string, sentences: SentenceRecord[], named: readonly Named[]): QuoteRecord[] {
  const quotes: QuoteRecord[] = [];
  let previous = null as { speaker: Speaker | null; paragraph: number } | null;
  for (const quote of findQuoted(text)) {
    const sentence = sentences.findIndex((s) => s.start <= quote.openStart && quote.openStart < s.end);
    if (sentence < 0) continue;
    const paragraph = paragraphOf(text, quote.openStart);
    const own = attribution(text, sentences[sentence], quote, named, sentences, sentence);
    const slogan = own === 'slogan';
    let speaker: Speaker | null = own === 'slogan' ? null : own;
    // A quote without its own attribution continues the one before it in the paragraph ("“A,” said X about Y. “B”").
    if (!speaker && !slogan && previous?.paragraph === paragraph) speaker = previous.speaker;
    if (!speaker && !slogan && (!previous || previous.paragraph !== paragraph)) speaker = subjectBefore(named, sentences, sentence, 'person');
    previous = { speaker, paragraph };
    if (!speaker || slogan || quote.text.split(/\s+/).filter(Boolean).length < MIN_WORDS) continue;
    quotes.push({
      id: `${docId}#q${quotes.length}`,
      docId,
      sentenceId: sentences[sentence].id,
      start: quote.start,
      end: quote.end,
      text: quote.text,
      speaker: speaker.entity?.name ?? speaker.name,
      speakerEntityId: speaker.entity?.id ?? null,
      origin: 'default',
    });
  }
  return quotes;
}

function paragraphOf(text: string, offset: number): number {
  let count = 0;
  for (let i = text.indexOf('\n\n'); i >= 0 && i < offset; i = text.indexOf('\n\n', i + 2)) count++;
  return count;
}

/** The speaker an attribution in the quote's own sentence names; 'slogan' for chants and signs. */
function attribution(text: string, sentence: SentenceRecord, quote: Quoted, named: readonly Named[], sentences: SentenceRecord[], index: number): Speaker | 'slogan' | null {
  const after = text.slice(quote.closeEnd, Math.min(sentence.end, quote.closeEnd + 200));
  const before = text.slice(sentence.start, quote.openStart);
  const inSentence = named.filter((n) => n.start >= sentence.start && n.end <= sentence.end);

  // After the quote: `," said X`, `," X said`, `," X, <who>, told`, `," she said`, `," the company said`.
  const afterVerb = after.match(new RegExp(`^[\\s,.!?—–-]*(${VERBS})\\b\\s+(.{0,60})`, 'su'));
  if (afterVerb) {
    const at = quote.closeEnd + after.indexOf(afterVerb[2], afterVerb[0].length - afterVerb[2].length);
    const who = inSentence.find((n) => n.start >= at && n.start <= at + 30);
    if (who) return speakerOf(who);
    const pronoun = afterVerb[2].match(/^(he|she|they)\b/i);
    if (pronoun) return subjectBefore(named, sentences, index, 'person', quote.openStart);
  }
  // `," X said`, with a title in front, capitalised or not: `," Russian First Deputy Interior Minister Aleksandr Gorovoi said`, `," chief financial officer Rohan Mehta told`.
  const first = inSentence.find((n) => {
    const gap = text.slice(quote.closeEnd, n.start);
    return n.start >= quote.closeEnd && /^[\s,.!?—–-]*(?:[\p{L}.'’-]+\s+){0,6}$/u.test(gap) && !new RegExp(`\\b(?:${VERBS})\\b`).test(gap);
  });
  if (first) {
    const rest = text.slice(first.end, Math.min(sentence.end, first.end + 160)).replace(/^['’]s\b/, '').replace(/^\s+\p{Lu}{2,4}\b/u, '');
    if (new RegExp(`^(?:${APPOSITION})?\\s+(?:has\\s+|had\\s+)?(${VERBS})\\b`, 'u').test(rest)) return speakerOf(first);
  }
  const pronounAfter = after.match(new RegExp(`^[\\s,.!?—–-]*(he|she|they|we)\\s+(?:${VERBS})\\b`, 'iu'));
  if (pronounAfter) return subjectBefore(named, sentences, index, 'person', quote.openStart);
  const nounAfter = after.match(new RegExp(`^[\\s,.!?—–-]*(?:the|its|a)\\s+((?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+)\\s+(?:${VERBS})\\b`, 'u'));
  if (nounAfter) return byRole(nounAfter[1], named, sentences, index, quote.openStart);

  // Before the quote: the speech verbs of the sentence before the opening mark, nearest first.
  const verbs = [...before.matchAll(VERB)].reverse();
  if (verbs[0] && NOT_SPEECH.test(verbs[0][1])) return 'slogan';
  for (const verb of verbs) {
    const found = speakerBefore(text, sentence, verb, inSentence, named, sentences, index, quote.openStart);
    if (found) return found;
  }
  // "According to Priya Raman, defending him, her client “…”".
  const according = [...before.matchAll(/\baccording to\s+/gi)].pop();
  if (according) {
    const at = sentence.start + according.index! + according[0].length;
    const who = inSentence.find((n) => n.start >= at && n.start <= at + 3);
    if (who) return speakerOf(who);
  }
  return null;
}

function speakerBefore(
  text: string,
  sentence: SentenceRecord,
  verb: RegExpMatchArray,
  inSentence: Named[],
  named: readonly Named[],
  sentences: SentenceRecord[],
  index: number,
  quoteStart: number,
): Speaker | null {
  const verbAt = sentence.start + verb.index!;
  const lead = text.slice(sentence.start, verbAt);
  if (/\baccording to\s*$/i.test(text.slice(sentence.start, verbAt + verb[0].length + 4)) || /^according$/i.test(verb[1])) {
    const who = inSentence.find((n) => n.start >= verbAt && n.start <= verbAt + 20);
    if (who) return speakerOf(who);
  }
  // `X said: "…"`, `X, <who>, said: "…"`, `what X has called "…"`.
  const subject = [...inSentence]
    .reverse()
    .find((n) => n.end <= verbAt && new RegExp(`^(?:\\s+\\p{Lu}{2,4}\\b)?(?:['’]s)?(?:${APPOSITION})?\\s+(?:has\\s+|have\\s+|had\\s+|was\\s+|is\\s+)?$`, 'u').test(text.slice(n.end, verbAt)));
  if (subject) return speakerOf(subject);
  // A participle ("…, warning that") quotes the sentence's subject.
  if (/ing$/.test(verb[1])) {
    const main = inSentence.find((n) => n.start < verbAt && (n.entity.type === 'person' || n.entity.type === 'organization'));
    if (main) return speakerOf(main);
  }
  if (/(?:^|\s)(?:he|she|they|we)\s+(?:\S+\s+){0,2}$/i.test(lead)) return subjectBefore(named, sentences, index, 'person', quoteStart);
  const noun = lead.match(/(?:^|[\s,])(?:the|its)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:\S+\s+){0,2}$/u);
  if (noun) return byRole(noun[1], named, sentences, index, quoteStart);
  // `… said X, …: "…"`: the nearest name after the verb.
  const near = inSentence.find((n) => n.start >= verbAt && n.end <= quoteStart && n.start <= verbAt + verb[0].length + 40);
  return near ? speakerOf(near) : null;
}

function speakerOf(n: Named): Speaker {
  return { entity: n.entity, name: n.entity.name };
}

/**
 * The last subject of a kind before a point: the first name of its kind in
 * each of the previous sentences (and this one, before the point), nearest
 * first. What "she said" or a quote standing alone refers to.
 */
function subjectBefore(named: readonly Named[], sentences: SentenceRecord[], index: number, type: EntityType, until?: number): Speaker | null {
  for (let s = index; s >= Math.max(0, index - 3); s--) {
    const sentence = sentences[s];
    const limit = s === index ? (until ?? sentence.start) : sentence.end;
    // "The judge rejected that account. “…,” she told …": the person the document titles so.
    const role = s < index ? sentence.text.match(/^(?:The|the)\s+([\p{Ll}-]+)\b/u)?.[1] : undefined;
    if (role && PERSON_ROLES.test(role) && !named.some((n) => n.start >= sentence.start && n.end <= sentence.end && n.entity.type === type)) {
      const titled = [...named].reverse().find((n) => n.end <= sentence.start && n.entity.type === 'person' && describes(n.entity, role));
      if (titled) return speakerOf(titled);
    }
    const subject = named.find((n) => n.start >= sentence.start && n.end <= limit && n.entity.type === type);
    if (subject) return speakerOf(subject);
  }
  return null;
}

/** Whether a person's title or description names a role ("Judge Rosalind Hetherington KC" is the judge). */
function describes(entity: NamedEntity, role: string): boolean {
  const pattern = new RegExp(`\\b${role}\\b`, 'i');
  return pattern.test(entity.description ?? '') || entity.aliases.some((a) => a.kind === 'alias' && pattern.test(a.text));
}

/** "the company said", "the union says": the organisation last named as a sentence's subject. */
function byRole(noun: string, named: readonly Named[], sentences: SentenceRecord[], index: number, until: number): Speaker | null {
  if (!ORGANIZATION_ROLES.test(noun.split(' ').pop() ?? '')) return null;
  for (let s = index; s >= 0; s--) {
    const sentence = sentences[s];
    const subject = named.find((n) => n.start >= sentence.start && n.end <= Math.min(sentence.end, until));
    if (subject?.entity.type === 'organization') return speakerOf(subject);
  }
  return null;
}

/** Spans between double quotation marks (straight, curly, « », „ “), paragraph by paragraph; inner single quotes stay inside. */
function findQuoted(text: string): Quoted[] {
  const out: Quoted[] = [];
  let offset = 0;
  const closing: Record<string, RegExp> = { '“': /”/g, '"': /"/g, '«': /»/g, '„': /[“”]/g };
  for (const paragraph of text.split('\n\n')) {
    const re = /[“"«„]/g;
    let open: RegExpExecArray | null;
    while ((open = re.exec(paragraph))) {
      const closeRe = closing[open[0]];
      closeRe.lastIndex = open.index + 1;
      const close = closeRe.exec(paragraph);
      let innerEnd = close ? close.index : paragraph.length;
      if (!close) {
        // No closing mark: the quote ends where "…, <Someone> said" begins.
        const attribution = paragraph.slice(open.index).search(new RegExp(`,\\s+(?:[^,]{0,80}?)\\s(?:${VERBS})\\b`));
        if (attribution < 0) break;
        innerEnd = open.index + attribution;
      }
      const raw = paragraph.slice(open.index + 1, innerEnd);
      const trimmed = raw.replace(/^\s+/, '').replace(/[\s,]+$/, '');
      const lead = raw.length - raw.trimStart().length;
      const start = offset + open.index + 1 + lead;
      out.push({ start, end: start + trimmed.length, text: trimmed, openStart: offset + open.index, closeEnd: offset + (close ? close.index + 1 : innerEnd) });
      re.lastIndex = close ? close.index + 1 : innerEnd;
    }
    offset += paragraph.length + 2;
  }
  return out;
}
