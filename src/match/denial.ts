/*
 * Where a sentence says that something did not happen: "Navalny did not
 * return to Russia", "Putin never promised a loan", "It is false that police
 * detained …". A page that denies what its source states contradicts it. Read
 * on both sides: a source's own negation ("the protests were not limited to
 * Moscow") is no denial of a page that says the same.
 */

/** A denied stretch of a sentence: the words said not to have happened, and the words that say so. */
export interface Denial {
  /** The denied words, as offsets in the text: the word a negation governs, or all that a frame calls false. */
  start: number;
  end: number;
  /** The words that deny, for the card: "did not return", "It is false that". */
  phrase: string;
}

/** Cheap tests before each rule: most sentences deny nothing, and the rules' own patterns scan the whole sentence. */
const MAY_NEGATE = /\b(?:not|never|cannot|no longer)\b|n['’]t\b/i;
const MAY_SAY_NONE = /\b(?:no|none|nobody)\b/i;
const MAY_CALL_FALSE = /false|untrue|incorrect|myth|hoax|not\s+(?:true|the\s+case)|no\s+(?:evidence|proof)|baseless|unfounded|fake|wrong/i;
const NEGATOR = /\b(?:not|never|cannot|no longer|[a-z]+n['’]t)\b/gi;
/** A subject that denies its verb: "No one was detained", "No loan was promised". */
const NO_SUBJECT = /\b(?:no one|nobody|none(?: of(?: the| them| those)?(?: \p{L}+)?)?|no \p{L}+)\s+(?:was|were|has been|have been|had been)\s+(\p{L}+)/giu;
/** Negations that hedge, suppose or foretell rather than deny: "would not", "couldn't", "will not end", "whether or not". */
const MODAL_NEGATOR = /^(?:could|would|should|might|must|may|wo)n['’]t$/i;
const HEDGE_BEFORE = /\b(?:could|would|should|might|may|must|will|shall|or|if|unless|whether)\s+$/i;
/** A conditional or an alternative opening the clause the negation is in: "If Navalny had not returned, …". */
const SUPPOSED = /\b(?:if|unless|whether)\b[^,;:—]*$/i;
/** Words between a negation and what it negates: auxiliaries, articles, adverbs of manner or time. */
const BETWEEN = new Set(
  `a an the be been being have has had to get got yet ever even actually really immediately always fully entirely formally officially
  publicly explicitly directly personally initially originally previously ultimately necessarily exactly`.split(/\s+/),
);
const MAX_BETWEEN = 3;
/**
 * The auxiliary before "not": "did not return". Without one, "not" sets one
 * thing against another ("the smugglers, not the border guards") and denies
 * nothing.
 */
const AUXILIARY = /\b(?:do|does|did|has|have|had|is|are|was|were|am|be|been)\s+$/i;
/** Words after "not" that narrow or compare rather than deny: "not only", "not just", "not until January 17". */
const NOT_DENYING = new Set(['only', 'just', 'merely', 'simply', 'solely', 'least', 'until', 'till', 'surprisingly', 'unlike']);
/** "did not return to Russia until January 17" says when he returned. */
const UNTIL = /\b(?:until|till)\b/i;
/** Frames that call what follows false: "It is not true that …", "the post falsely claimed that …", "There is no evidence that …". */
const FALSE_FRAME =
  /\b(?:(?:is|was|are|were|it['’]s|that['’]s)\s+(?:not\s+true|false|untrue|incorrect|not\s+the\s+case|a\s+myth|a\s+hoax)\s+that|falsely\s+(?:claim|say|said|state|report|allege|suggest|assert)\w*(?:\s+that)?|there\s+(?:is|was)\s+no\s+(?:evidence|proof)\s+that)\b/gi;
/** A frame that calls what it holds false, after it: "Claims that … are false", "Posts saying that … were baseless". */
const CALLED_FALSE =
  /\b(?:claims?|claiming|claimed|reports?|posts?|rumou?rs?|allegations?|suggestions?|saying|suggesting)\s+that\s+(.{10,200}?)\s+(?:is|are|was|were)\s+(?:false|untrue|baseless|unfounded|fake|wrong|incorrect)\b/i;
const WORD = /\s*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/uy;

/** The denials of one sentence (or a claim), in order. A denial of a denial ("did not return, the post falsely claimed") is none. */
export function denialsIn(text: string): Denial[] {
  const negates = MAY_NEGATE.test(text);
  const saysNone = MAY_SAY_NONE.test(text);
  const callsFalse = MAY_CALL_FALSE.test(text);
  if (!negates && !saysNone && !callsFalse) return [];
  const denials: Denial[] = [];
  const called = callsFalse ? CALLED_FALSE.exec(text) : null;
  if (called) {
    // What it holds starts right after "that ": "Claims that … are false".
    const that = called[0].indexOf(' that ') + 5;
    const at = called[0].indexOf(called[1], that);
    const start = called.index + at;
    return [{ start, end: start + called[1].length, phrase: `${called[0].slice(0, that)} … ${called[0].slice(at + called[1].length).trim()}` }];
  }
  FALSE_FRAME.lastIndex = 0;
  const frame = callsFalse || saysNone ? FALSE_FRAME.exec(text) : null;
  NEGATOR.lastIndex = 0;
  for (let m = negates ? NEGATOR.exec(text) : null; m; m = NEGATOR.exec(text)) {
    if (frame && m.index >= frame.index && m.index < frame.index + frame[0].length) continue;
    if (frame) return [];
    if (MODAL_NEGATOR.test(m[0])) continue;
    const before = text.slice(0, m.index);
    if (HEDGE_BEFORE.test(before) || SUPPOSED.test(before)) continue;
    const auxiliary = AUXILIARY.exec(before);
    if (!auxiliary && m[0].toLowerCase() === 'not') continue;
    // The first word past the auxiliaries and adverbs is what is denied: "did not (even) return".
    WORD.lastIndex = m.index + m[0].length;
    let word = WORD.exec(text);
    for (let skipped = 0; word && skipped < MAX_BETWEEN && BETWEEN.has(word[1].toLowerCase()); skipped++) word = WORD.exec(text);
    if (!word || BETWEEN.has(word[1].toLowerCase()) || NOT_DENYING.has(word[1].toLowerCase()) || UNTIL.test(text.slice(WORD.lastIndex))) continue;
    const end = WORD.lastIndex;
    denials.push({ start: end - word[1].length, end, phrase: text.slice(m.index - (auxiliary?.[0].length ?? 0), end) });
  }
  NO_SUBJECT.lastIndex = 0;
  for (let m = saysNone ? NO_SUBJECT.exec(text) : null; m; m = NO_SUBJECT.exec(text)) {
    if (frame) return [];
    if (SUPPOSED.test(text.slice(0, m.index))) continue;
    const end = m.index + m[0].length;
    denials.push({ start: end - m[1].length, end, phrase: m[0] });
  }
  if (frame) {
    const start = frame.index + frame[0].length;
    const semicolon = text.indexOf(';', start);
    const subject = /\b(?:it|this|that)\s+$/i.exec(text.slice(0, frame.index))?.[0].length ?? 0;
    return [{ start, end: semicolon < 0 ? text.length : semicolon, phrase: text.slice(frame.index - subject, start) }];
  }
  return denials;
}
