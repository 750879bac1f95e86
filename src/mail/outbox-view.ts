import type { OutboxListRow } from './mail.repository';
import type { OutboxMail } from './outbox-mail.entity';

/** A mail as the outbox pages show it; `statusKey` and `languageKey` are message keys. */
export type OutboxItem = OutboxListRow & { statusKey: string; languageKey: string };

export interface OutboxPage {
  /** False when mails are kept instead of sent; the page then says so. */
  smtpConfigured: boolean;
  mails: OutboxItem[];
  page: number;
  pageCount: number;
  previousPage: number | null;
  nextPage: number | null;
}

export interface OutboxMailView {
  mail: OutboxItem;
  /** The plain-text body as paragraphs of lines, so the page can show it without <pre>. */
  paragraphs: string[][];
}

/** Takes a list row or a whole mail; the bodies are left out either way. */
export function toOutboxItem(row: OutboxListRow | OutboxMail): OutboxItem {
  const { textBody: _text, htmlBody: _html, ...fields } = row as Partial<OutboxMail> & OutboxListRow;
  return {
    ...fields,
    statusKey: `mail.status.${row.status}`,
    languageKey: row.lang === 'en' ? 'mail.outbox.languageEn' : 'mail.outbox.languageNl',
  };
}

export function textParagraphs(text: string): string[][] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split('\n'));
}
