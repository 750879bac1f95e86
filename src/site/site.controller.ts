import { Controller, Get, Param, Query, Render, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { RequestWithActor } from '../auth/current-user';
import { LANGUAGE_COOKIE } from '../common/http/language.middleware';
import { UsersService } from '../users/users.service';
import { isLanguage } from '../common/i18n/i18n';
import { safeReturnPath } from './safe-return-path';

const ONE_YEAR_MS = 365 * 24 * 60 * 60 * 1000;

@Controller()
export class SiteController {
  constructor(private readonly users: UsersService) {}

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
  async switchLanguage(@Param('lang') lang: string, @Query('terug') back: unknown, @Req() req: RequestWithActor, @Res() res: Response): Promise<void> {
    if (isLanguage(lang)) {
      res.cookie(LANGUAGE_COOKIE, lang, { maxAge: ONE_YEAR_MS, httpOnly: true, sameSite: 'lax', path: '/' });
      // Logged in, the choice is kept on the account as well, so that mails follow it.
      if (req.actor) await this.users.setLanguage(req.actor, lang);
    }
    res.redirect(303, safeReturnPath(back));
  }
}
