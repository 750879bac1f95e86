import { Body, Controller, Get, Param, Post, Query, Render, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { safeReturnPath } from '../site/safe-return-path';
import { AuthService } from './auth.service';
import { startSession, endSession, flash } from './session-actions';

@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Get('inloggen')
  @Render('auth/login')
  loginPage(@Query('terug') back: unknown) {
    return { values: { terug: safeReturnPath(back) } };
  }

  @Post('inloggen')
  async login(@Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const outcome = await this.auth.login(body, req.ip ?? 'unknown');
    const back = safeReturnPath((body as { terug?: unknown })?.terug);
    if (outcome.ok === 'blocked') {
      return res.status(429).render('auth/login', { values: { ...outcome.values, terug: back }, blockedMinutes: outcome.minutes });
    }
    if (!outcome.ok || !outcome.user) {
      return res.status(422).render('auth/login', { values: { ...outcome.values, terug: back }, errors: outcome.ok ? {} : outcome.errors });
    }
    await startSession(req, outcome.user.id);
    res.redirect(303, back === '/' ? '/mijn' : back);
  }

  @Post('uitloggen')
  async logout(@Req() req: Request, @Res() res: Response): Promise<void> {
    await endSession(req, res);
    res.redirect(303, '/');
  }

  @Get('wachtwoord-vergeten')
  @Render('auth/forgot')
  forgotPage() {
    return { values: {} };
  }

  @Post('wachtwoord-vergeten')
  async forgot(@Body() body: unknown, @Res() res: Response): Promise<void> {
    const outcome = await this.auth.requestPasswordReset(body);
    if (!outcome.ok) return res.status(422).render('auth/forgot', outcome);
    res.status(200).render('auth/forgot-sent', { email: outcome.value.email });
  }

  @Get('wachtwoord-instellen/:token')
  async setPasswordPage(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const state = await this.auth.tokenState(token);
    if (state !== 'valid') return res.status(410).render('auth/link-invalid', { state });
    res.render('auth/set-password', { token });
  }

  @Post('wachtwoord-instellen/:token')
  async setPassword(@Param('token') token: string, @Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const outcome = await this.auth.setPassword(token, body);
    if (outcome.ok === 'link') return res.status(410).render('auth/link-invalid', { state: outcome.state });
    if (!outcome.ok || !outcome.user) return res.status(422).render('auth/set-password', { token, errors: outcome.ok ? {} : outcome.errors });
    await startSession(req, outcome.user.id);
    flash(req, 'ok', 'auth.passwordSet');
    res.redirect(303, '/mijn');
  }
}
