// A live blog built with React, as news sites are: it re-renders text inside paragraphs Factmark highlights.
import { createElement as h, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

const ENTRIES = [
  'Alexei Navalny was detained on arrival in Moscow.',
  'OVD-Info counted more than 3,700 people detained on January 23.',
  'Svetlana Tikhanovskaya addressed supporters from Vilnius.',
];

function LiveBlog() {
  const [updates, setUpdates] = useState(0);
  const [leader, setLeader] = useState('Alyaksandr Lukashenka');
  const [entries, setEntries] = useState<string[]>([]);

  useEffect(() => {
    const timer = setInterval(() => setUpdates((n) => n + 1), 300);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (entries.length >= ENTRIES.length) return;
    const timer = setTimeout(() => setEntries((list) => [...list, ENTRIES[list.length]]), 400);
    return () => clearTimeout(timer);
  }, [entries]);

  return h(
    'main',
    null,
    h('h1', null, 'Live: protests across Russia and Belarus'),
    h('p', { id: 'status' }, leader, ' has ruled Belarus for more than 26 years. Updated ', String(updates), ' times.'),
    h('button', { id: 'swap', onClick: () => setLeader((name) => (name === 'Vladimir Putin' ? 'Alyaksandr Lukashenka' : 'Vladimir Putin')) }, 'Swap'),
    h('ul', { id: 'feed' }, ...entries.map((text, i) => h('li', { key: i }, text))),
  );
}

createRoot(document.getElementById('root')!).render(h(LiveBlog));
