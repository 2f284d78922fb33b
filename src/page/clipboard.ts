/** What is put on the clipboard: always plain text, and rich text (HTML) if there is a version of it. */
export interface ClipboardContent {
  text: string;
  html?: string;
}

/**
 * Writes to the clipboard from a user gesture: the async clipboard where the
 * page is a secure context; elsewhere (http pages) a copy command whose event
 * carries every flavour, which adds nothing to the page's DOM.
 */
export async function copyToClipboard({ text, html }: ClipboardContent, doc: Document): Promise<void> {
  const clipboard = doc.defaultView?.isSecureContext ? doc.defaultView.navigator.clipboard : undefined;
  if (clipboard && html === undefined) return clipboard.writeText(text);
  if (clipboard?.write && typeof ClipboardItem === 'function') {
    const blob = (content: string, type: string) => new Blob([content], { type });
    return clipboard.write([new ClipboardItem({ 'text/html': blob(html!, 'text/html'), 'text/plain': blob(text, 'text/plain') })]);
  }
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    if (html !== undefined) event.clipboardData.setData('text/html', html);
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
