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
