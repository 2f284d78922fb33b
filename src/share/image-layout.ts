import type { SourceMap } from '../shared/sources';
import { footnoted, type Excerpt } from './excerpt';

/** The kinds of text an excerpt image is set in (each a font and colour where it is drawn). */
export type ImageStyle = 'passage' | 'marker' | 'page' | 'note' | 'label' | 'footer';

/** One piece of text at its place, in image pixels (before any device scaling); `y` is the baseline. */
export interface PlacedText {
  x: number;
  y: number;
  text: string;
  style: ImageStyle;
}

export interface ImageLayout {
  width: number;
  height: number;
  texts: PlacedText[];
  /** The bar beside the quote (the passage and its page line). */
  bar: Box;
  /** The rule between the quote and its sources, if there are sources. */
  rule: Box | null;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Measures text in a style, as the canvas will draw it. */
export type Measure = (text: string, style: ImageStyle) => number;

export const IMAGE_WIDTH = 960;
const PAD = 48;
/** Room for the quote's bar at the left. */
const BAR = 20;
/** Words of the passage an image shows: an excerpt to share, not a page (a canvas has a largest size, too). */
export const MAX_WORDS = 250;
const LINE: Record<ImageStyle, number> = { passage: 38, marker: 38, page: 28, note: 24, label: 24, footer: 22 };

/** A word, the footnote numbers set right after it, and whether it follows the word before with no space ("Navalny" then "."). */
interface Word {
  text: string;
  markers: number[];
  glued?: boolean;
}

/**
 * Lays out an excerpt as a shareable image: the passage wrapped in lines with
 * a raised number after each cited item, the page it comes from, then the
 * numbered sources and a footer. Pure: the caller measures and draws.
 */
export function layoutExcerptImage(excerpt: Excerpt, sources: SourceMap, measure: Measure, footer: string): ImageLayout {
  const { runs, notes: all } = footnoted(excerpt, sources);
  let notes = all;
  const texts: PlacedText[] = [];
  const left = PAD + BAR;
  const right = IMAGE_WIDTH - PAD;
  let y = PAD;

  const paragraphs = upTo(paragraphsOf(runs), MAX_WORDS);
  for (const paragraph of paragraphs) {
    y = setWords(paragraph, left, right, y, 'passage', measure, texts);
    y += 12;
  }
  // The sources of what the image shows.
  const shown = new Set(paragraphs.flat().flatMap((word) => word.markers));
  notes = notes.filter((note) => shown.has(note.n));
  y = setWords(words(`— ${excerpt.page.title || excerpt.page.url}`), left, right, y + 4, 'page', measure, texts);
  const bar = { x: PAD, y: PAD, width: 5, height: y - PAD };

  let rule: Box | null = null;
  if (notes.length) {
    y += 20;
    rule = { x: PAD, y, width: IMAGE_WIDTH - 2 * PAD, height: 1 };
    y += 12;
    // Every note's text starts at one indent, past the widest number.
    const indent = PAD + Math.max(...notes.map((note) => measure(`${note.n}.`, 'label'))) + 10;
    for (const note of notes) {
      texts.push({ x: PAD, y: y + LINE.note, text: `${note.n}.`, style: 'label' });
      const rest = [note.said === null ? '' : `“${note.said}”`, note.cite ? `${note.cite}.` : ''].filter(Boolean).join(' — ');
      const labelWords = words(note.label);
      const labelled = setWords(labelWords, indent, right, y, note.isName ? 'label' : 'note', measure, texts);
      y = rest ? continueWords(words(`— ${rest}`), indent, right, labelled, texts, measure) : labelled;
      y += 8;
    }
  }
  y += 16;
  texts.push({ x: PAD, y: y + LINE.footer, text: footer, style: 'footer' });
  y += LINE.footer + PAD;
  return { width: IMAGE_WIDTH, height: Math.ceil(y), texts, bar, rule };
}

/** Runs split into paragraphs of words, each word carrying the markers that follow it. */
function paragraphsOf(runs: { text: string; notes: number[] }[]): Word[][] {
  const paragraphs: Word[][] = [[]];
  for (const run of runs) {
    const parts = run.text.split(/\n\s*\n/);
    parts.forEach((part, i) => {
      if (i > 0) paragraphs.push([]);
      const current = paragraphs[paragraphs.length - 1];
      const added = words(part);
      // Text right after a marker ("Russia¹, police"): its first word goes on without a space.
      if (added.length && current.length && /^\S/.test(part)) added[0].glued = true;
      current.push(...added);
    });
    const current = paragraphs[paragraphs.length - 1];
    // A cited item ends its run: its marker follows the run's last word.
    if (run.notes.length && current.length) current[current.length - 1].markers.push(...run.notes);
  }
  return paragraphs.filter((p) => p.length);
}

/** The first `max` words of the paragraphs, with an ellipsis after the last when some are left out. */
function upTo(paragraphs: Word[][], max: number): Word[][] {
  const kept: Word[][] = [];
  let room = max;
  for (const paragraph of paragraphs) {
    if (room <= 0) break;
    kept.push(paragraph.slice(0, room));
    room -= paragraph.length;
  }
  if (paragraphs.flat().length > max) kept[kept.length - 1].push({ text: '…', markers: [] });
  return kept;
}

function words(text: string): Word[] {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => ({ text: word, markers: [] }));
}

/** Sets words from a fresh line at `y` (the top of the line); returns the top of the next line. */
function setWords(list: Word[], left: number, right: number, y: number, style: ImageStyle, measure: Measure, texts: PlacedText[]): number {
  return flow(list, left, right, y, left, style, measure, texts);
}

/** Sets words after the last line's text (a note's source after its label, in the note's style). */
function continueWords(list: Word[], left: number, right: number, nextTop: number, texts: PlacedText[], measure: Measure): number {
  const last = texts[texts.length - 1];
  const top = nextTop - LINE[last.style];
  const x = last.x + measure(last.text, last.style) + measure(' ', 'note');
  return flow(list, left, right, top, x, 'note', measure, texts);
}

function flow(list: Word[], left: number, right: number, top: number, startX: number, style: ImageStyle, measure: Measure, texts: PlacedText[]): number {
  const space = measure(' ', style);
  let x = startX;
  let y = top;
  for (const word of list) {
    const markers = word.markers.map((n) => `${n}`).join(',');
    const width = measure(word.text, style) + (markers ? measure(markers, 'marker') + 2 : 0);
    if (word.glued && x > left) x -= space;
    if (x > left && x + width > right) {
      x = left;
      y += LINE[style];
    }
    texts.push({ x, y: y + LINE[style] - 10, text: word.text, style });
    if (markers) texts.push({ x: x + measure(word.text, style) + 2, y: y + LINE[style] - 24, text: markers, style: 'marker' });
    x += width + space;
  }
  return y + LINE[style];
}
