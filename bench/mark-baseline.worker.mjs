// The baseline a developer reaches for first: mark.js given every corpus spelling as a keyword array,
// on the page's DOM (happy-dom). Runs in a child process so the benchmark can stop it, and survive it.
import { Window } from 'happy-dom';

const { html, keywords, runs } = await new Promise((resolve) => process.once('message', resolve));
const window = new Window();
window.document.write(html);
// mark.js reads the DOM's globals when it loads.
for (const name of ['window', 'document', 'NodeFilter', 'NodeList', 'HTMLElement', 'Element', 'Node', 'Text', 'HTMLCollection']) {
  globalThis[name] = name === 'window' ? window : name === 'document' ? window.document : window[name];
}
const { default: Mark } = await import('mark.js');
const article = window.document.querySelector('article');
const pristine = article.innerHTML;
const times = [];
try {
  for (let run = 0; run < runs; run++) {
    article.innerHTML = pristine;
    const start = performance.now();
    new Mark(article).mark(keywords, { accuracy: 'exactly', separateWordSearch: false });
    times.push(performance.now() - start);
  }
  process.send({ times });
} catch (error) {
  process.send({ times, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
}
