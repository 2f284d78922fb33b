import type { EntityRecord, QuoteRecord, SentenceRecord } from '../shared/records';
import { normalize } from '../text/normalize';

const VERB = '(?:said|says|told|explained|added|noted|argued|offered|opined|wrote|asked|warned|claimed|stressed|insisted|(?:has |have )?called)';
const NAME = "((?:[\\p{Lu}][\\p{L}'’-]+\\s?){1,6})";
/** Attribution after a quote: `," said X` / `," X said` / `," <title> X told …`. */
const AFTER = new RegExp(`^[\\s,]*(?:${VERB}\\s+${NAME}|(?:[^."“”]{0,60}?\\s)?${NAME}\\s*${VERB})`, 'u');
/** Attribution before a quote: `X said: "…"`, `noted X, … : "…"`, `according to X, "…"`, `what X has called "…"`. */
const BEFORE = new RegExp(`(?:${NAME}\\s+${VERB}|${VERB}\\s+${NAME}|according to ${NAME})[^.]{0,60}?[:,]?\\s*(?:an?\\s+|the\\s+)?$`, 'u');
const MIN_WORDS = 4;

/**
 * Direct quotes with their speakers. A quote split around its attribution
 * (“A,” said X. “B”) gives two quotes by X; a quote without attribution takes
 * the speaker of the quote just before it in the paragraph, else the person
 * named in the previous sentence. Short scare quotes ("brotherly love") and
 * chants are not a speaker's words and are skipped. A quote whose closing
 * mark is missing ends where its attribution begins.
 */
export function extractQuotes(docId: string, text: string, sentences: SentenceRecord[], entities: EntityRecord[]): QuoteRecord[] {
  const quotes: QuoteRecord[] = [];
  let lastSpeaker = null as { paragraph: number; speaker: EntityRecord | null; name: string | null } | null;
  for (const span of findQuoted(text)) {
    const words = span.text.split(/\s+/).filter(Boolean).length;
    const paragraph = text.slice(0, span.start).split('\n\n').length;
    const after = text.slice(span.closeEnd, span.closeEnd + 120);
    const before = text.slice(Math.max(0, span.openStart - 120), span.openStart);
    const named = after.match(AFTER) ?? before.match(BEFORE);
    const name = named ? (named.slice(1).find(Boolean)?.trim() ?? null) : null;
    let speaker = name ? resolve(name, entities) : null;
    let speakerName = speaker?.name ?? name;
    if (!name && lastSpeaker?.paragraph === paragraph) {
      speaker = lastSpeaker.speaker;
      speakerName = lastSpeaker.name;
    }
    if (!speakerName) {
      // The previous sentence introduced the speaker: "…, noted Gould-Davies." then the quote.
      const sentence = sentences.find((s) => s.start <= span.start && span.start < s.end);
      const candidate = sentence && sentences[sentences.indexOf(sentence) - 1];
      const previous = candidate && !text.slice(candidate.end, span.start).includes('\n\n') ? candidate : undefined;
      const named = previous && (previous.text.match(new RegExp(`${VERB}\\s+${NAME}`, 'u')) ?? previous.text.match(new RegExp(`${NAME}\\s+${VERB}`, 'u')));
      const person = named ? resolve(named[1], entities) : null;
      if (person) {
        speaker = person;
        speakerName = person.name;
      }
    }
    if (words < MIN_WORDS || !speakerName) {
      if (speakerName) lastSpeaker = { paragraph, speaker, name: speakerName };
      continue;
    }
    const sentence = sentences.find((s) => s.start <= span.start && span.start < s.end) ?? sentences[0];
    quotes.push({
      id: `${docId}#q${quotes.length}`,
      docId,
      sentenceId: sentence.id,
      start: span.start,
      end: span.end,
      text: span.text,
      speaker: speakerName,
      speakerEntityId: speaker?.id ?? null,
      origin: 'default',
    });
    lastSpeaker = { paragraph, speaker, name: speakerName };
  }
  return quotes;
}

interface Quoted {
  /** Offsets of the words inside the marks. */
  start: number;
  end: number;
  text: string;
  openStart: number;
  closeEnd: number;
}

/** Spans between double quotation marks (straight or curly), paragraph by paragraph; inner single quotes stay inside. */
function findQuoted(text: string): Quoted[] {
  const out: Quoted[] = [];
  let offset = 0;
  for (const paragraph of text.split('\n\n')) {
    const re = /[“"]/g;
    let open: RegExpExecArray | null;
    while ((open = re.exec(paragraph))) {
      const closeRe = open[0] === '“' ? /”/g : /"/g;
      closeRe.lastIndex = open.index + 1;
      const close = closeRe.exec(paragraph);
      let innerEnd = close ? close.index : paragraph.length;
      if (!close) {
        // No closing mark: the quote ends where "…, <Someone> said" begins.
        const attribution = paragraph.slice(open.index).search(new RegExp(`,\\s+(?:[^,]{0,80}?)\\s${VERB}\\b`));
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

/** The entity a speaker's name refers to: a full name, a surname or another spelling; titles in front are tried off. */
function resolve(name: string, entities: EntityRecord[]): EntityRecord | null {
  const words = name.replace(/['’]s$/, '').trim().split(/\s+/);
  for (let from = 0; from < words.length; from++) {
    const wanted = normalize(words.slice(from).join(' '));
    const found =
      entities.find((e) => e.type === 'person' && e.aliases.some((a) => normalize(a.text) === wanted)) ??
      entities.find((e) => e.aliases.some((a) => normalize(a.text) === wanted));
    if (found) return found;
  }
  return null;
}
