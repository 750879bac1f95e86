import type { Language } from '../config/app-config';

export interface MailRecipient {
  address: string;
  name?: string;
}

export interface MailMessage {
  to: MailRecipient;
  /** The recipient's language, not the language of whoever caused the mail. */
  lang: Language;
  /** The pair views/mail/<template>.text.hbs and .html.hbs, e.g. "password-reset". */
  template: string;
  /**
   * What the templates show. Links are full URLs built on the configured base URL. The
   * templates also get `lang` and `baseUrl`. A value a template uses but the model lacks
   * stops the queueing with an error (Handlebars strict mode), rather than mailing a gap.
   */
  model: Record<string, unknown>;
  /** Give one when the caller may run twice: a second mail with the same key is not queued. */
  dedupeKey?: string;
}
