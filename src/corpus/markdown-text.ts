/**
 * Markdown to the plain text ingestion reads: markup goes, words stay, blocks
 * become paragraphs. Not a renderer: enough for articles written in Markdown.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/^```[^\n]*\n[\s\S]*?\n```\s*$/gm, '') // code blocks are not prose
    .replace(/^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, '$2') // headings
    .replace(/^ {0,3}>[ \t]?/gm, '') // block quotes
    .replace(/^ {0,3}([-*+]|\d+[.)])[ \t]+/gm, '') // list markers
    .replace(/^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/gm, '') // rules
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '') // images
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links keep their text
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/^[ \t]*\[[^\]]+\]:[ \t]*\S+.*$/gm, '') // link definitions
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/<[^>\n]+>/g, '') // inline HTML tags
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Markup only Markdown writes, one pattern per kind: headings, links, images, emphasis, lists, quotes, code, rules. */
const MARKDOWN_SIGNS: RegExp[] = [
  /^ {0,3}#{1,6}[ \t]+\S/m, // "# Heading"
  /!?\[[^\]\n]+\]\((?:https?:\/\/|\/|#|mailto:)[^)\s]*\)/, // [text](https://…), ![alt](…)
  /^[ \t]*\[[^\]]+\]:[ \t]*https?:\/\/\S+/m, // [1]: https://…
  /(\*\*|__)(?=\S)[^*_\n]+?\S\1/, // **bold**
  /^ {0,3}[-*+][ \t]+\S.*\n {0,3}[-*+][ \t]+\S/m, // two list items in a row
  /^ {0,3}\d+[.)][ \t]+\S.*\n {0,3}\d+[.)][ \t]+\S/m, // a numbered list
  /^ {0,3}>[ \t]?\S/m, // > quote
  /^```/m, // code fence
  /^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/m, // --- rule
];

/**
 * Whether pasted text is Markdown: two kinds of Markdown markup, or one of the
 * unmistakable ones (a heading, a link with its address, a code fence). Plain
 * prose with a dash list or a bold word alone stays plain text.
 */
export function looksLikeMarkdown(text: string): boolean {
  const sample = text.slice(0, 20_000);
  const found = MARKDOWN_SIGNS.filter((re) => re.test(sample));
  return found.length >= 2 || found.some((re) => re === MARKDOWN_SIGNS[0] || re === MARKDOWN_SIGNS[1] || re === MARKDOWN_SIGNS[7]);
}
