import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import type { HelperDelegate } from 'handlebars';
import { APP_CONFIG, type AppConfig, type Language } from '../config/app-config';
import { VIEWS_DIR } from '../common/views/view-engine';
import { viewHelpers } from '../common/views/view-helpers';

type HandlebarsEnv = typeof import('handlebars');
type Template = ReturnType<HandlebarsEnv['compile']>;
type Kind = 'text' | 'html';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const hbs = require('hbs') as { handlebars: HandlebarsEnv; create(): { handlebars: HandlebarsEnv } };
// The site's own Handlebars instance (hbs carries its own copy). Mail may be rendered before
// the first page is, so the helpers are put on it here too; registering the same functions
// twice is harmless.
const htmlEnv = hbs.handlebars;
// Plain text must not be HTML-escaped. A separate environment (a fresh one from hbs's copy of
// Handlebars) keeps the site's partials, which are HTML, out of reach of text templates.
const textEnv = hbs.create().handlebars;
for (const [name, fn] of Object.entries(viewHelpers)) {
  htmlEnv.registerHelper(name, fn as HelperDelegate);
  textEnv.registerHelper(name, fn as HelperDelegate);
}

const MAIL_VIEWS = path.join(VIEWS_DIR, 'mail');
const TEMPLATE_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/**
 * Renders views/mail/<name>.text.hbs and <name>.html.hbs, each inside its layout. The subject
 * is the `{{#contentFor "subject"}}` block of the text template, so it is plain text.
 * Helpers read the language from `lang` on the root object, as they do for pages.
 */
@Injectable()
export class MailRenderer {
  private readonly templates = new Map<string, Template>();
  private readonly cacheTemplates: boolean;
  private readonly baseUrl: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // As for pages: edit a template and see the change without a restart while developing.
    this.cacheTemplates = config.nodeEnv !== 'development';
    this.baseUrl = config.baseUrl;
  }

  async render(name: string, lang: Language, model: object): Promise<RenderedMail> {
    if (!TEMPLATE_NAME.test(name)) throw new Error(`Not a mail template name: "${name}"`);
    const frame = { lang, baseUrl: this.baseUrl };
    // contentFor leaves its blocks on the root object, so each render gets its own.
    const textRoot: Record<string, unknown> & { _blocks?: Record<string, string> } = { ...model, ...frame };
    const textBody = (await this.template(`${name}.text`, 'text'))(textRoot);
    const subject = (textRoot._blocks?.subject ?? '').replace(/\s+/g, ' ').trim();
    if (!subject) throw new Error(`Mail template "${name}" has no subject block`);

    const htmlBody = (await this.template(`${name}.html`, 'html'))({ ...model, ...frame, subject });
    const text = (await this.template('layout.text', 'text'))({ ...frame, subject, body: tidy(textBody) });
    const html = (await this.template('layout.html', 'html'))({ ...frame, subject, body: htmlBody });
    return { subject, text: tidy(text) + '\n', html };
  }

  private async template(file: string, kind: Kind): Promise<Template> {
    const cached = this.templates.get(file);
    if (cached) return cached;
    const source = await fs.readFile(path.join(MAIL_VIEWS, `${file}.hbs`), 'utf8');
    const compiled =
      kind === 'text' ? textEnv.compile(source, { noEscape: true, strict: true }) : htmlEnv.compile(source, { strict: true });
    if (this.cacheTemplates) this.templates.set(file, compiled);
    return compiled;
  }
}

/** Template tags leave stray spaces and blank lines; a mail reads better without them. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
