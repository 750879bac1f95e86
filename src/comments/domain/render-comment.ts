import sanitizeHtml from 'sanitize-html';
import type { Tokens } from 'marked';
import { loadMarked } from './load-marked';

/*
 * Turns what someone typed in a comment into safe HTML. People get light formatting in the
 * Markdown style they may know from e-mail and chat: paragraphs, line breaks, **bold**,
 * *italic*, lists, quotes, code and links. The comment is stored exactly as typed; only the
 * rendering is cleaned, so a stricter rule later changes old comments too.
 *
 * Two layers: the Markdown renderer never produces HTML from the text itself (typed tags are
 * shown as text, unsafe links as plain text), and the sanitiser then keeps only the tags
 * below, whatever the renderer does.
 */

const SAFE_LINK = /^(?:https?:|mailto:)/i;
const LINK_REL = 'noopener nofollow ugc';

const { Marked } = loadMarked();

const markdown = new Marked({ gfm: true, breaks: true, async: false });
markdown.use({
  tokenizer: {
    // Typed HTML stays text: "<b>" is shown as "<b>", not interpreted.
    html: () => undefined,
    tag: () => undefined,
    // Not part of the offered formatting; the characters stay as typed.
    table: () => undefined,
    del: () => undefined,
    hr: () => undefined,
  },
  renderer: {
    // A heading in a comment shouts; show it as a bold paragraph.
    heading({ tokens }: Tokens.Heading) {
      return `<p><strong>${this.parser.parseInline(tokens)}</strong></p>\n`;
    },
    // No images: they could load from other hosts and track who reads the comment.
    image({ text }: Tokens.Image) {
      return escapeHtml(text);
    },
    // A task list item keeps its typed brackets instead of becoming a form control.
    checkbox({ raw }: Tokens.Checkbox) {
      return escapeHtml(raw);
    },
    link({ href, tokens }: Tokens.Link) {
      return SAFE_LINK.test(href.trim()) ? false : this.parser.parseInline(tokens);
    },
  },
});

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'blockquote', 'code', 'pre'],
  allowedAttributes: { a: ['href', 'rel'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: LINK_REL } }),
  },
};

/** Safe HTML for a comment as typed. */
export function renderComment(text: string): string {
  const html = markdown.parse(text.replace(/\r\n?/g, '\n')) as string;
  return sanitizeHtml(html, SANITIZE).trim();
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
