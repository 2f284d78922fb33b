/**
 * A deterministic long news page for the browser benchmark: paragraphs of
 * plausible filler with the default corpus's names, claims and quotes planted
 * at a fixed rhythm, inside realistic page chrome.
 */
const FILLER = [
  'Officials declined to comment on the schedule for the coming weeks.',
  'Residents said the queues at the border had grown longer since the autumn.',
  'The ministry published a statement late on Tuesday evening.',
  'Economists expect inflation to ease slowly through the second half of the year.',
  'Local newspapers carried the story on their front pages the next morning.',
  'Several regional governors have called for calm and patience.',
  'The committee will meet again after the holidays to review the budget.',
  'Observers noted that turnout was lower than in previous years.',
];

const PLANTED = [
  'Alyaksandr Lukashenka has ruled Belarus for more than 26 years.',
  'Police detained more than 3,700 people on January 23, according to OVD-Info.',
  'Vladimir Putin promised Minsk a $1.5 billion state loan.',
  '“At no stage was it a fight against Russia,” said Svetlana Tikhanovskaya.',
  'The rallies were called by the Anti-Corruption Foundation of Alexei Navalny.',
  'Demonstrations were reported in more than 100 cities and towns.',
];

export function generatePage(words: number): string {
  const paragraphs: string[] = [];
  let count = 0;
  let i = 0;
  while (count < words) {
    const sentences = [FILLER[i % FILLER.length], FILLER[(i * 3 + 1) % FILLER.length], FILLER[(i * 5 + 2) % FILLER.length]];
    if (i % 4 === 0) sentences.splice(1, 0, PLANTED[(i / 4) % PLANTED.length]);
    const text = sentences.join(' ');
    count += text.split(/\s+/).length;
    paragraphs.push(`<p>${text}</p>`);
    i += 1;
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Long read (${words} words)</title></head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>A long read: ${words} words</h1>
${paragraphs.join('\n')}
</article></main>
<aside><h2>Most read</h2><ul><li>How NEXTA became the voice of the street</li></ul></aside>
<footer>© Bench News</footer>
</body></html>`;
}
