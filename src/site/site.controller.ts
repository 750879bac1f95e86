import { Controller, Get, Param, Query, Render, Res } from '@nestjs/common';
import type { Response } from 'express';
import { LANGUAGE_COOKIE } from '../common/http/language.middleware';
import { isLanguage } from '../common/i18n/i18n';
import { safeReturnPath } from './safe-return-path';

const ONE_YEAR_MS = 365 * 24 * 60 * 60 * 1000;

@Controller()
export class SiteController {
  @Get('privacy')
  @Render('pages/privacy')
  privacy() {
    return {};
  }

  @Get('toegankelijkheid')
  @Render('pages/accessibility')
  accessibility() {
    return {};
  }

  /** The language switch is a plain link, so it works without scripts; the choice is kept in a cookie. */
  @Get('taal/:lang')
  switchLanguage(@Param('lang') lang: string, @Query('terug') back: unknown, @Res() res: Response): void {
    if (isLanguage(lang)) {
      res.cookie(LANGUAGE_COOKIE, lang, { maxAge: ONE_YEAR_MS, httpOnly: true, sameSite: 'lax', path: '/' });
    }
    res.redirect(303, safeReturnPath(back));
  }
}
