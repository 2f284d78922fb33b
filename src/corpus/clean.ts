import type { DocumentMeta } from '../shared/records';

export interface CleanedCapture {
  text: string;
  /** The author named in a byline, when the capture has one. */
  byline: string | null;
}

/**
 * Removes page chrome from a raw capture by rules that hold for news pages in
 * general: navigation and link lists, tickers, breadcrumbs, bylines and
 * timestamps, media-player leftovers, image and credit labels, share and
 * subscribe prompts, cookie notices, the author bio and legal notices at the
 * end. Returns the article's paragraphs separated by blank lines, and what
 * the chrome told about the document (a byline's author).
 */
export function cleanCapture(raw: string, meta: Pick<DocumentMeta, 'title' | 'author'>): CleanedCapture {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/^[\s•·▪►*]+/, '').replace(/[\s*]+$/, '').replace(/\s+/g, ' ').trim());
  let byline: string | null = null;
  const author = meta.author ?? null;

  const keep: string[] = [];
  const listRun = linkListLines(lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) {
      keep.push('');
      continue;
    }
    const next = nextContentLine(lines, i);
    // The author's bio and what follows it (notices, links) are not the article.
    if (isAuthorBio(line, next, author ?? byline)) break;
    const credited = line.match(BYLINE);
    if (credited) {
      byline ??= credited[1];
      continue;
    }
    if (listRun.has(i) || isChrome(line) || isTitle(line, meta.title) || isLegalNotice(line)) continue;
    if (line === next) {
      // A caption captured twice in a row: both copies are image text, not body.
      i = lines.indexOf(line, i + 1);
      continue;
    }
    if (isMediaTitle(line, next)) continue;
    keep.push(line);
  }
  const text = keep
    .join('\n')
    .split(/\n{2,}/)
    .map((p) => p.replace(/\n/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
  return { text, byline };
}

function nextContentLine(lines: string[], i: number): string | undefined {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]) return lines[j];
  return undefined;
}

const MEDIA = [
  /^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*\/?\s*(?:\d{1,2}:)?\d{1,2}:\d{2})*$/, // player timers "0:00 0:03:40 0:00", "0:00 / 2:15"
  /^please wait\.*$/i,
  /^no media source (?:currently )?available$/i,
  /^(?:loading|buffering)(?:\.\.\.|…)?$/i,
  /^(?:watch|listen|play)(?: video| audio| now)?$/i,
];

/** Labels of a page's interface, alone on their line. */
const UI_LABEL =
  /^(?:skip to (?:main )?content|skip navigation|menu|main menu|navigation|search|sign in|log in|login|sign up|register|subscribe(?: now)?|my account|home|close|open|more|next|previous|back to top|share(?: this(?: article| story| page)?| (?:on|via) [\p{L} ]{1,20})?|listen to this (?:article|story)(?: · \d+ min)?|print|email|e-mail|tweet|copy link|comments?(?: \(\d+\))?|show comments|\d+ comments?|advertisement|advertising|sponsored(?: content)?|accessibility links|breaking news|most read|most popular|most viewed|trending(?: now)?|related(?: articles| stories| content| topics)?|read more|see also|more on this(?: story)?|more from [\p{L} ]+|topics?|tags?|latest(?: news)?|live|watch|listen|cookie settings|accept(?: all)?(?: cookies)?|reject(?: all)?|manage (?:cookies|preferences)|newsletter|follow us)$/iu;

/** Lines that open with a chrome label: "Related: …", "Image: …", "Topics: …". */
const LABEL_PREFIX =
  /^(?:related|read more|read also|also read|see also|more|recommended|watch|listen|video|audio|image|images|photo|photos|photograph|picture|graphic|caption|credit|source|topics|tags|filed under|explainer|opinion|analysis|live|breaking(?: news)?|update|updated|published|posted)\s*[:|–—]\s*/i;

/** Tickers: "BREAKING Greek ferry crews …", "LIVE: …". */
const TICKER = /^(?:BREAKING(?: NEWS)?|JUST IN|LIVE|DEVELOPING|UPDATE|LATEST)\b/;

/** Breadcrumbs and section lines: short segments joined by | · › » /. */
const BREADCRUMB = /^[\p{L}\d&'’ -]{1,32}(?:\s+[|·›»>/]\s+[\p{L}\d&'’ -]{1,32})+$/u;

/** "By Orla Keane, Local Government Reporter": the author goes to the metadata, the line goes. */
const BYLINE = /^[Bb]y\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})(?:(?:\s*(?:,|and|&|\||·)\s*|\s+(?=Published|Updated|Posted))[^!?]{0,160})?$/u;

/** A caption's credit at the end of its line: "… Photo: Pablo Serrano / Reuters". */
const CREDIT = /(?:^|\s)(?:photo(?:graph)?|image|picture|video|illustration|credit)s?\s*:\s*[^.!?]{0,60}$|\s\/\s*(?:Reuters|AFP|AP|Getty(?: Images)?|EPA|Bloomberg|Alamy|PA(?: Media)?)$/i;

const SUBSCRIBE = /\b(?:subscribe|subscription|newsletter|sign up (?:to|for)|support (?:our|independent) journalism|become a (?:member|subscriber|supporter)|free trial|cancel any ?time|your first \d+ (?:days|weeks|months))\b/i;
const COOKIES = /\bcookies?\b.*\b(?:accept|consent|we use|privacy|settings|preferences)\b|\b(?:we use|this site uses) cookies\b/i;

const DATE_PARTS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}(?:am|pm)?|am|pm|gmt|bst|cet|cest|eet|eest|utc|est|edt|cst|pst|pdt|msk|et|pt|updated|published|posted|last|on|at|·|\||,|-|–)$/i;

/** A dateline or timestamp: "Thu 27 Feb 2025 11.42 GMT", "14 March 2025, 18:05 CET · Updated 21:40 CET". */
function isTimestamp(line: string): boolean {
  if (line.length > 80) return false;
  const parts = line.replace(/([,·|])/g, ' $1 ').split(/\s+/).filter(Boolean);
  if (parts.length > 16) return false;
  const dated = parts.filter((p) => DATE_PARTS.test(p.replace(/[.,]$/, '')));
  return dated.length / parts.length >= 0.85 && parts.some((p) => /\d/.test(p));
}

function isChrome(line: string): boolean {
  // Chrome is short: a paragraph of prose is read only by the rules for long lines.
  if (line.length > 400) return (SUBSCRIBE.test(line) || COOKIES.test(line)) && line.split(' ').length <= 60;
  if (MEDIA.some((re) => re.test(line)) || UI_LABEL.test(line) || LABEL_PREFIX.test(line) || TICKER.test(line)) return true;
  if (/^\d+x\d+ image$/i.test(line) || /^(?:getty images|afp|reuters|ap photo|epa)(?:\/.*)?$/i.test(line)) return true;
  if (BREADCRUMB.test(line) || isTimestamp(line)) return true;
  const words = line.split(' ').length;
  if (CREDIT.test(line) && words <= 40) return true;
  if ((SUBSCRIBE.test(line) || COOKIES.test(line)) && words <= 60) return true;
  // A wire story's trailer ("X in Warsaw contributed to this report"), a separator, a bare link.
  if (/\bcontributed (?:to )?this report\.?$/i.test(line) || /^[_\-–—=*·.\s]{3,}$/.test(line)) return true;
  if (/\b(?:https?:\/\/|www\.)\S+/i.test(line) && words <= 25) return true;
  // A line that is only an e-mail address or a handle, or a contact line.
  if (line.includes('@') && /\S+@\S+\.\S+/.test(line) && words <= 30 && /\b(?:contact|e-?mail|follow|write to)\b/i.test(line)) return true;
  return false;
}

/**
 * Runs of three or more short lines without sentence punctuation — menus,
 * "Most read" lists, related links — and numbered lists of headlines.
 */
function linkListLines(lines: string[]): Set<number> {
  const out = new Set<number>();
  const short = (line: string) => line.split(' ').length <= 12 && !/[.!?]["”’)]?$/.test(line);
  for (let i = 0; i < lines.length; i++) {
    if (/^\d{1,2}[.)]\s+\S/.test(lines[i]) && short(lines[i].replace(/^\d{1,2}[.)]\s+/, ''))) out.add(i);
    if (!lines[i] || !short(lines[i])) continue;
    // A run may have single blank lines between its items.
    const run = [i];
    for (let j = i + 1; j < lines.length; j++) {
      if (!lines[j]) {
        if (lines[j + 1]) continue;
        break;
      }
      if (!short(lines[j])) break;
      run.push(j);
    }
    if (run.length >= 3) for (const k of run) out.add(k);
    i = run[run.length - 1];
  }
  return out;
}

/** The headline is metadata; repeated in the body it is not a sentence. */
function isTitle(line: string, title: string): boolean {
  const bare = line.replace(/^#+\s*/, '');
  return bare.length === title.trim().length && normalizeLine(bare) === normalizeLine(title);
}

/** A short title line right before media-player leftovers names a video, not a paragraph. */
function isMediaTitle(line: string, next: string | undefined): boolean {
  return next !== undefined && MEDIA.some((re) => re.test(next)) && line.split(' ').length <= 20 && !/\.$/.test(line);
}

/**
 * The bio block at the end of a page: the author's name alone on a line, then
 * "<Name> is …"; or a line opening with the author's name and a bio verb
 * ("Orla Keane covers local government …").
 */
function isAuthorBio(line: string, next: string | undefined, author: string | null): boolean {
  if (!author || line.slice(0, 2).toLowerCase() !== author.slice(0, 2).toLowerCase()) return false;
  const name = normalizeLine(author);
  const current = normalizeLine(line);
  if (current === name && normalizeLine(next ?? '').startsWith(`${name} `)) return true;
  return current.startsWith(`${name} `) && /^(?:is|was|has|covers|reports|writes|joined|previously|leads|edits)\b/.test(current.slice(name.length + 1));
}

const NOTICES = [
  /\bhas been declared an? ["“]?undesirable organi[sz]ation/i,
  /\bclick here\b/i,
  /\ball rights reserved\b/i,
  /^©/,
  /^copyright\b/i,
  /\byou could face fines or imprisonment\b/i,
  /\b(?:subscribe|sign up) (?:to|for) our\b/i,
  /\bregistered (?:in|office)\b.*\bno\.?\s*\d/i,
  /\bterms (?:of (?:use|service)|and conditions)\b.*\bprivacy\b/i,
  /\bis not responsible for the content of external (?:sites|websites)\b/i,
];

function isLegalNotice(line: string): boolean {
  return NOTICES.some((re) => re.test(line));
}

function normalizeLine(line: string): string {
  return line.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}
