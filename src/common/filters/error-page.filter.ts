import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Language } from '../../config/app-config';
import { DomainError } from '../errors/domain-errors';
import { isLanguage, translate } from '../i18n/i18n';

const KNOWN_PAGES = new Set([400, 403, 404, 413, 429]);

/**
 * The one place that turns any error into a response: a Dutch (or English) page in the
 * layout with the right status, and never a stack trace. Unexpected errors are logged.
 */
@Catch()
export class ErrorPageFilter implements ExceptionFilter {
  private readonly logger = new Logger('Error');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<Request>();
    const status = statusOf(exception);
    if (status >= 500) this.logger.error(`${req.method} ${req.path}: ${describe(exception)}`);
    if (res.headersSent) return;
    if (exception instanceof DomainError && exception.status === 401) {
      const back = req.method === 'GET' ? `?terug=${encodeURIComponent(req.originalUrl)}` : '';
      res.redirect(303, `/inloggen${back}`);
      return;
    }

    const lang: Language = isLanguage(res.locals?.lang) ? res.locals.lang : 'nl';
    const page = KNOWN_PAGES.has(status) ? status : status >= 500 ? 500 : 400;
    const text =
      exception instanceof DomainError ? translate(lang, exception.messageKey) : translate(lang, `errors.text${page}`);
    const view = { lang, status, title: translate(lang, `errors.title${page}`), text };

    res.status(status);
    if (req.accepts(['html', 'json']) === 'json') {
      res.json({ status, message: view.text });
      return;
    }
    res.render('errors/error', view, (error, html) => {
      // A broken template must not hide the original error behind another one.
      if (error) res.type('text/plain').send(`${view.title}\n\n${view.text}`);
      else res.send(html);
    });
  }
}

function statusOf(exception: unknown): number {
  if (exception instanceof DomainError) return exception.status;
  if (exception instanceof HttpException) return exception.getStatus();
  // Errors from Express middleware (body parser, static files) carry an http-errors status.
  const candidate = exception as { status?: unknown; statusCode?: unknown; expose?: unknown };
  const status = Number(candidate?.status ?? candidate?.statusCode);
  if (Number.isInteger(status) && status >= 400 && status < 500 && candidate.expose !== false) return status;
  return 500;
}

function describe(exception: unknown): string {
  return exception instanceof Error ? (exception.stack ?? exception.message) : String(exception);
}
