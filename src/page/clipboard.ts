/** Writes text to the clipboard from a user gesture; falls back to execCommand where the async API is unavailable (http pages). */
export async function copyText(text: string, doc: Document): Promise<void> {
  if (doc.defaultView?.navigator.clipboard && doc.defaultView.isSecureContext) {
    await doc.defaultView.navigator.clipboard.writeText(text);
    return;
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:0;left:0;opacity:0;pointer-events:none';
  doc.documentElement.append(area);
  const selection = doc.getSelection();
  const saved = selection && selection.rangeCount ? selection.getRangeAt(0) : null;
  area.select();
  const ok = doc.execCommand('copy');
  area.remove();
  if (saved) {
    selection!.removeAllRanges();
    selection!.addRange(saved);
  }
  if (!ok) throw new Error('The browser refused to copy');
}

/**
 * Writes rich text with a plain version from a user gesture: a word processor
 * or mail editor pastes the HTML, a plain field or a Markdown editor the text.
 * On http pages (no async clipboard), a copy command whose event carries both.
 */
export async function copyRich({ html, text }: { html: string; text: string }, doc: Document): Promise<void> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard?.write && doc.defaultView?.isSecureContext && typeof ClipboardItem === 'function') {
    const blob = (content: string, type: string) => new Blob([content], { type });
    await clipboard.write([new ClipboardItem({ 'text/html': blob(html, 'text/html'), 'text/plain': blob(text, 'text/plain') })]);
    return;
  }
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/html', html);
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
    written = true;
  };
  doc.addEventListener('copy', onCopy, { capture: true });
  try {
    if (!doc.execCommand('copy') || !written) throw new Error('The browser refused to copy');
  } finally {
    doc.removeEventListener('copy', onCopy, { capture: true });
  }
}
