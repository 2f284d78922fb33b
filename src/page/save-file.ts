/** Offers a file for download, from a link inside `parent` (Factmark's own shadow root: the page's DOM is left alone). */
export function saveFile(blob: Blob, fileName: string, parent: HTMLElement): void {
  const url = URL.createObjectURL(blob);
  const link = parent.ownerDocument.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  parent.append(link);
  link.click();
  link.remove();
  // The download has read the blob by the time a minute has passed.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
