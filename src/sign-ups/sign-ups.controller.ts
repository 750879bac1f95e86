import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { saveSession } from './sign-up-session';
import { SignUpsService, WithdrawView } from './sign-ups.service';

/** The public side: the sign-up form, its confirmation, and the withdraw link from the mail. */
@Controller()
export class SignUpsController {
  constructor(private readonly signUps: SignUpsService) {}

  @Get('leerateliers/:slug/aanmelden')
  async form(@Param('slug') slug: string, @Res() res: Response): Promise<void> {
    const page = await this.signUps.page(slug);
    if (!page.open) return res.render('sign-ups/closed', page);
    res.render('sign-ups/form', { ...page, values: {} });
  }

  @Post('leerateliers/:slug/aanmelden')
  async submit(@Param('slug') slug: string, @Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const outcome = await this.signUps.signUp(slug, body, res.locals.lang);
    if (outcome.kind === 'closed') return res.status(409).render('sign-ups/closed', outcome);
    if (outcome.kind === 'invalid') return res.status(422).render('sign-ups/form', outcome);
    if (outcome.kind === 'already') return res.status(409).render('sign-ups/already', outcome);
    const { edition, status, place, email } = outcome;
    req.session.signUpConfirmation = { slug: edition.slug, editionTitle: edition.title, status, place, email };
    await saveSession(req);
    res.redirect(303, `/leerateliers/${edition.slug}/aanmelden/bevestiging`);
  }

  @Get('leerateliers/:slug/aanmelden/bevestiging')
  confirmation(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): void {
    const confirmation = req.session.signUpConfirmation;
    // Opened without signing up first (a bookmark, another browser): the form is what they want.
    if (!confirmation || confirmation.slug !== slug) return res.redirect(303, `/leerateliers/${encodeURIComponent(slug)}/aanmelden`);
    res.render('sign-ups/confirmation', confirmation);
  }

  @Get('aanmelding/:token/intrekken')
  async withdrawPage(@Param('token') token: string, @Res() res: Response): Promise<void> {
    this.renderWithdraw(res, token, await this.signUps.withdrawPage(token));
  }

  @Post('aanmelding/:token/intrekken')
  async withdraw(@Param('token') token: string, @Res() res: Response): Promise<void> {
    this.renderWithdraw(res, token, await this.signUps.withdraw(token));
  }

  private renderWithdraw(res: Response, token: string, view: WithdrawView): void {
    res.status(view.state === 'unknown' ? 404 : 200).render('sign-ups/withdraw', { ...view, token });
  }
}
