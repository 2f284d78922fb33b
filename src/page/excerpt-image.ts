import { IMAGE_WIDTH, layoutExcerptImage, type Box, type ImageStyle } from '../share/image-layout';
import type { Excerpt } from '../share/excerpt';
import type { SourceMap } from '../shared/sources';

const FONTS: Record<ImageStyle, string> = {
  passage: '26px Georgia, "Times New Roman", serif',
  marker: '600 15px system-ui, sans-serif',
  page: 'italic 19px Georgia, "Times New Roman", serif',
  note: '16px system-ui, sans-serif',
  label: '600 16px system-ui, sans-serif',
  footer: '14px system-ui, sans-serif',
};
const COLORS: Record<ImageStyle, string> = { passage: '#111827', marker: '#1d4ed8', page: '#374151', note: '#374151', label: '#111827', footer: '#6b7280' };
/** Pixels per layout pixel: sharp on high-density screens and when zoomed. */
const SCALE = 2;

/** The excerpt drawn as a PNG: the passage with its markers, the page, the sources. */
export async function excerptImage(excerpt: Excerpt, sources: SourceMap, doc: Document): Promise<Blob> {
  const canvas = doc.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This page cannot draw an image');
  const measure = (text: string, style: ImageStyle) => {
    context.font = FONTS[style];
    return context.measureText(text).width;
  };
  const layout = layoutExcerptImage(excerpt, sources, measure, `Shared with Factmark · ${hostOf(excerpt.page.url)}`);
  canvas.width = IMAGE_WIDTH * SCALE;
  canvas.height = layout.height * SCALE;
  context.scale(SCALE, SCALE);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, IMAGE_WIDTH, layout.height);
  const box = ({ x, y, width, height }: Box, color: string) => {
    context.fillStyle = color;
    context.fillRect(x, y, width, height);
  };
  box(layout.bar, '#1d4ed8');
  if (layout.rule) box(layout.rule, '#e5e7eb');
  context.textBaseline = 'alphabetic';
  for (const text of layout.texts) {
    context.font = FONTS[text.style];
    context.fillStyle = COLORS[text.style];
    context.fillText(text.text, text.x, text.y);
  }
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made'))), 'image/png'));
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
