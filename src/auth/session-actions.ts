import type { Request, Response } from 'express';
import type { SessionData } from 'express-session';
import { SESSION_COOKIE } from './http-session';

/** Logs a person in on a fresh session id, so an id someone planted before the login is worthless. */
export function startSession(req: Request, userId: number): Promise<void> {
  return new Promise((resolve, reject) => {
    req.session.regenerate((error) => {
      if (error) return reject(error);
      req.session.userId = userId;
      req.session.save((saveError) => (saveError ? reject(saveError) : resolve()));
    });
  });
}

export function endSession(req: Request, res: Response): Promise<void> {
  return new Promise((resolve, reject) => {
    req.session.destroy((error) => {
      if (error) return reject(error);
      res.clearCookie(SESSION_COOKIE);
      resolve();
    });
  });
}

/** A message for the next page, in the person's language: a translation key and its values. */
export function flash(req: Request, type: NonNullable<SessionData['flash']>['type'], key: string, params?: Record<string, string | number>): void {
  req.session.flash = { type, key, params };
}
