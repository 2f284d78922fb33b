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
