import type { NextFunction, Request, Response } from 'express';
import { Language } from '../../config/app-config';
import { chooseLanguage } from '../i18n/i18n';

export const LANGUAGE_COOKIE = 'taal';

/** Puts the person's language, and the path for the language switch, where every view sees them. */
export function languageMiddleware(fallback: Language) {
  return (req: Request, res: Response, next: NextFunction) => {
    const cookie = (req.cookies as Record<string, string> | undefined)?.[LANGUAGE_COOKIE];
    res.locals.lang = chooseLanguage(cookie, req.headers['accept-language'], fallback);
    res.locals.otherLang = res.locals.lang === 'nl' ? 'en' : 'nl';
    res.locals.currentPath = req.originalUrl;
    next();
  };
}
