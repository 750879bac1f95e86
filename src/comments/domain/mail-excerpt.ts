/*
 * A comment in a mail: the text as typed (it is plain text with light formatting marks, which
 * read fine in a mail), cut at a word near the limit, as paragraphs for the HTML version.
 */

export function excerpt(text: string, limit: number): string {
  const clean = text.replace(/\r\n?/g, '\n').trim();
  if (clean.length <= limit) return clean;
  const cut = clean.slice(0, limit);
  const space = cut.search(/\s\S*$/);
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).trimEnd()} …`;
}

export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
