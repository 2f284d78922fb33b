import type { DocumentMeta } from '../shared/records';

/**
 * Removes page chrome from a raw capture, by rules that hold for news pages in
 * general: media-player leftovers, UI labels, image and credit labels,
 * repeated captions, video titles, share prompts, the author bio and legal
 * notices at the end. Returns paragraphs separated by blank lines.
 */
export function cleanText(raw: string, meta: Pick<DocumentMeta, 'title' | 'author'>): string {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/^[\s•·▪►*]+/, '').replace(/\s+/g, ' ').trim());

  const keep: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) {
      keep.push('');
      continue;
    }
    if (isAuthorBio(line, nextContentLine(lines, i), meta.author)) break; // the bio and what follows it (notices) are not the article
    if (isChrome(line)) continue;
    if (isTitle(line, meta.title)) continue;
    if (line === nextContentLine(lines, i)) {
      // A caption captured twice in a row: both copies are image text, not body.
      i = lines.indexOf(line, i + 1);
      continue;
    }
    if (isMediaTitle(line, nextContentLine(lines, i))) continue;
    if (isLegalNotice(line)) continue;
    keep.push(line);
  }
  return keep
    .join('\n')
    .split(/\n{2,}/)
    .map((p) => p.replace(/\n/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

function nextContentLine(lines: string[], i: number): string | undefined {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]) return lines[j];
  return undefined;
}

const MEDIA = [
  /^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s+(?:\d{1,2}:)?\d{1,2}:\d{2})*$/, // player timers "0:00 0:03:40 0:00"
  /^please wait\.*$/i,
  /^no media source (?:currently )?available$/i,
  /^(?:loading|buffering)(?:\.\.\.|…)?$/i,
  /^(?:watch|listen|play)(?: video| audio)?$/i,
];
const LABELS = [
  /^\d+x\d+ image$/i, // image placeholders
  /^(?:image|photo|picture|video|graphic)(?: credit)?s?\s*[:|]/i,
  /^(?:getty images|afp|reuters|ap photo|epa)(?:\/.*)?$/i,
  /^(?:accessibility links|skip to (?:main )?content|breaking news|advertisement|sponsored|related|read more|more on this)$/i,
  /^(?:share|share this|share on \w+|tweet|email|print|comments?|subscribe|sign up|follow us)(?: (?:on|to) .*)?$/i,
];

function isChrome(line: string): boolean {
  return MEDIA.some((re) => re.test(line)) || LABELS.some((re) => re.test(line));
}

/** The headline is metadata; repeated in the body it is not a sentence. */
function isTitle(line: string, title: string): boolean {
  return normalizeLine(line) === normalizeLine(title);
}

/** A short title line right before media-player leftovers names a video, not a paragraph. */
function isMediaTitle(line: string, next: string | undefined): boolean {
  return next !== undefined && MEDIA.some((re) => re.test(next)) && line.split(' ').length <= 20 && !/\.$/.test(line);
}

/** The author's name alone on a line, followed by "<Name> is …": the bio block at the end of the page. */
function isAuthorBio(line: string, next: string | undefined, author: string | null | undefined): boolean {
  if (!author) return false;
  const name = normalizeLine(author);
  return normalizeLine(line) === name && normalizeLine(next ?? '').startsWith(`${name} is `);
}

const NOTICES = [
  /\bhas been declared an? ["“]?undesirable organi[sz]ation/i,
  /\bclick here\b/i,
  /\ball rights reserved\b/i,
  /^©/,
  /\byou could face fines or imprisonment\b/i,
  /\b(?:subscribe|sign up) (?:to|for) our\b/i,
];

function isLegalNotice(line: string): boolean {
  return NOTICES.some((re) => re.test(line));
}

function normalizeLine(line: string): string {
  return line.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}
