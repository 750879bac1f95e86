import { renderComment } from './domain/render-comment';

/*
 * Rendering a comment takes about a quarter of a millisecond, which adds up on a case with
 * hundreds of comments. The result depends on the text alone, so it is kept here by text,
 * least recently used first out, up to a fixed size. A stricter rendering rule arrives with a
 * new release, that is a fresh process, so every comment shown follows the rule in force.
 */

const MAX_CHARACTERS = 4_000_000;
const cache = new Map<string, string>();
let size = 0;

export function commentHtml(text: string): string {
  const known = cache.get(text);
  if (known !== undefined) {
    // Move to the back: most recently used.
    cache.delete(text);
    cache.set(text, known);
    return known;
  }
  const html = renderComment(text);
  cache.set(text, html);
  size += text.length + html.length;
  for (const [oldText, oldHtml] of cache) {
    if (size <= MAX_CHARACTERS) break;
    cache.delete(oldText);
    size -= oldText.length + oldHtml.length;
  }
  return html;
}
