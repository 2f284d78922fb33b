/**
 * A generated news page for a given corpus: paragraphs of neutral filler with
 * the corpus's own names, claims and quotes planted at a fixed rhythm, each
 * recorded with where it was planted, so a benchmark can measure recall.
 * Deterministic: the same corpus, size and seed give the same page.
 */
import type { CorpusPack } from '../src/shared/records';

export interface Planted {
  kind: 'name' | 'claim' | 'quote';
  /** The corpus ids that count as found (a claim or quote repeated verbatim in the corpus has several). */
  ids: string[];
  block: number;
  start: number;
  end: number;
}

export interface PlantedPage {
  blocks: string[];
  html: string;
  planted: Planted[];
}

const FILLER = [
  'Officials declined to comment on the schedule for the coming weeks.',
  'Residents said the queues at the border had grown longer since the autumn.',
  'The ministry published a statement late in the evening.',
  'Economists expect prices to ease slowly through the second half of the year.',
  'Local newspapers carried the story on their front pages the next morning.',
  'Several regional officials have called for calm and patience.',
  'The committee will meet again after the holidays to review the budget.',
  'Observers noted that turnout was lower than in previous years.',
  'Commuters faced delays as the rain continued through the afternoon.',
  'The report was circulated to members ahead of the vote.',
];

function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Entities worth planting: named in full (several words), so the name is unambiguous on any page. */
function plantableNames(pack: CorpusPack) {
  return pack.entities.filter((e) => e.name.includes(' ') && (e.type === 'person' || e.type === 'organization') && e.aliases.length > 0);
}

export function plantedPage(pack: CorpusPack, words: number, seed = 7): PlantedPage {
  const random = rng(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const names = plantableNames(pack);
  // Claims that say the same in other digits or signs ("five years", "5 years"; "10%", "10 percent") are one claim to a reader.
  const claimsByText = group(pack.claims.map((c) => [sameSense(c.text), c.id]));
  // Quotes whose words are the same (punctuation aside) are one quote to a reader.
  const wordsOf = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const quotesByText = group(pack.quotes.filter((q) => q.speaker && q.text.split(' ').length >= 6).map((q) => [wordsOf(q.text), q.id]));
  const claims = pack.claims.filter((c) => c.text.length < 300 && !/["“”]/.test(c.text));
  const quotes = pack.quotes.filter((q) => q.speaker && q.text.split(' ').length >= 6 && !/["“”]/.test(q.text));

  const blocks: string[] = [];
  const planted: Planted[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const parts = [pick(FILLER), pick(FILLER)];
    let text = parts.join(' ');
    const plant = (kind: Planted['kind'], ids: string[], sentence: string, from: number, to: number) => {
      const at = text.length + 1;
      text = `${text} ${sentence}`;
      planted.push({ kind, ids, block: blocks.length, start: at + from, end: at + to });
    };
    // Every paragraph plants one item, in turn a name, a claim and a quote.
    if (i % 3 === 0 && names.length) {
      const entity = pick(names);
      const alias = pick(entity.aliases.filter((a) => a.text.includes(' ') && a.kind !== 'surname')).text;
      const sentence = `Reporters later spoke to ${alias} about the plan.`;
      plant('name', [entity.id], sentence, sentence.indexOf(alias), sentence.indexOf(alias) + alias.length);
    } else if (i % 3 === 1 && claims.length) {
      const claim = pick(claims);
      plant('claim', claimsByText.get(sameSense(claim.text))!, claim.text, 0, claim.text.length);
    } else if (quotes.length) {
      const quote = pick(quotes);
      const sentence = `“${quote.text},” said ${quote.speaker}.`;
      plant('quote', quotesByText.get(wordsOf(quote.text))!, sentence, 1, 1 + quote.text.length);
    }
    text = `${text} ${pick(FILLER)}`;
    count += text.split(/\s+/).length;
    blocks.push(text);
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Generated page</title></head><body><main><article>${blocks
    .map((b) => `<p>${escapeHtml(b)}</p>`)
    .join('\n')}</article></main></body></html>`;
  return { blocks, html, planted };
}

/** A page about something else entirely, sharing common words and figures with news: nothing on it should match a claim or quote. */
export function unrelatedPage(words: number): string[] {
  const sentences = [
    'More than 40,000 fans packed the stadium on Saturday as the home side won the final 2-1.',
    'The club ends a 26-year wait for the cup, its captain said after the match.',
    'Organisers laid on over 100 buses for supporters, and programmes sold for $1.5 at the gates.',
    'Police reported that the celebrations in the old town were peaceful.',
    'Nearly 15,000 runners took part in the city marathon in warm weather.',
    'The coach praised the defence, which has conceded only three goals in ten games.',
    'Tickets for next season went on sale on Monday, and about 3,700 were sold in an hour.',
    'The stadium, built in 1998, will be renovated over the next two years at a cost of €80 million.',
  ];
  const blocks: string[] = [];
  for (let i = 0, count = 0; count < words; i++) {
    const block = [sentences[i % sentences.length], sentences[(i * 3 + 1) % sentences.length], sentences[(i * 5 + 2) % sentences.length]].join(' ');
    count += block.split(/\s+/).length;
    blocks.push(block);
  }
  return blocks;
}

const NUMBER_WORDS: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10' };

function sameSense(text: string): string {
  return text
    .toLowerCase()
    .replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten)\b/g, (word) => NUMBER_WORDS[word])
    .replace(/%/g, ' percent')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function group(pairs: [string, string][]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [text, id] of pairs) out.set(text, [...(out.get(text) ?? []), id]);
  return out;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
