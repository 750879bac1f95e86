import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import session from 'express-session';
import { csrfSync } from 'csrf-sync';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { resolveSessionSecret } from '../config/session-secret';
import { Transactions } from '../database/transactions';
import { DatabaseSessionStore } from './session-store';

export const SESSION_COOKIE = 'casus.sid';
const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;
const CLEANUP_EVERY_MS = 6 * 60 * 60 * 1000;

/**
 * Sessions in the database and CSRF protection for every state-changing request. A session is
 * only made when something is stored in it (a login, a form's CSRF token), so reading public
 * pages sets no cookie.
 */
export function configureSessions(app: NestExpressApplication, config: AppConfig): DatabaseSessionStore {
  const store = new DatabaseSessionStore(app.get(DataSource), app.get(Transactions), SESSION_TTL_MS);
  app.use(
    session({
      name: SESSION_COOKIE,
      secret: resolveSessionSecret(config),
      store,
      resave: false,
      saveUninitialized: false,
      rolling: false,
      cookie: {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.baseUrl.startsWith('https:'),
        maxAge: SESSION_TTL_MS,
      },
    }),
  );

  const { csrfSynchronisedProtection, generateToken } = csrfSync({
    // Multipart forms carry the token in the query string: their body is read after this check.
    getTokenFromRequest: (req) =>
      (req.body as Record<string, unknown> | undefined)?._csrf ?? req.headers['x-csrf-token'] ?? req.query?._csrf,
  } as Parameters<typeof csrfSync>[0]);
  app.use(csrfSynchronisedProtection);
  app.use((req: Request, res: Response, next: NextFunction) => {
    // Made on first use by a template, so pages without a form do not start a session.
    Object.defineProperty(res.locals, 'csrfToken', { get: () => generateToken(req), enumerable: true });
    const flash = req.session.flash;
    if (flash) {
      res.locals.flash = flash;
      delete req.session.flash;
    }
    saveFlashBeforeRedirect(req, res);
    next();
  });

  const timer = setInterval(() => void store.removeExpired(new Date()).catch(() => undefined), CLEANUP_EVERY_MS);
  timer.unref();
  return store;
}

/**
 * express-session saves a changed session while the response is already going out: a browser
 * can follow a redirect and ask for the next page before the message for that page is stored.
 * A redirect that carries a flash message therefore waits for the save.
 */
function saveFlashBeforeRedirect(req: Request, res: Response): void {
  const redirect = res.redirect.bind(res) as (...args: unknown[]) => void;
  res.redirect = ((...args: unknown[]) => {
    if (!req.session?.flash) return redirect(...args);
    // Should the save fail, the change itself is done: go on, without the message.
    req.session.save(() => redirect(...args));
  }) as Response['redirect'];
}
