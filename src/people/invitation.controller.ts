import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { RequestWithActor } from '../auth/current-user';
import { flash, startSession } from '../auth/session-actions';
import { AcceptInvitationService } from './accept-invitation.service';

/** The page an invitation link opens. Public: the token is the key. */
@Controller('uitnodiging/:token')
export class InvitationController {
  constructor(private readonly invitations: AcceptInvitationService) {}

  @Get()
  async show(@Param('token') token: string, @Req() req: RequestWithActor, @Res() res: Response): Promise<void> {
    const page = await this.invitations.page(token, req.actor);
    res.status(page.state === 'valid' ? 200 : 410).render('people/invitation', { page, token, values: page.state === 'valid' ? page.user : {} });
  }

  @Post()
  async accept(@Param('token') token: string, @Body() body: unknown, @Req() req: RequestWithActor, @Res() res: Response): Promise<void> {
    const outcome = await this.invitations.accept(token, body, req.actor);
    if (!outcome.ok) {
      const status = outcome.page.state !== 'valid' ? 410 : outcome.errors ? 422 : 403;
      return res.status(status).render('people/invitation', { page: outcome.page, token, values: outcome.values ?? {}, errors: outcome.errors });
    }
    if (req.actor?.id !== outcome.userId) await startSession(req as Request, outcome.userId);
    flash(req, 'ok', 'people.welcome');
    res.redirect(303, '/mijn');
  }

  @Post('nieuwe-link')
  async renew(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const renewed = await this.invitations.renew(token);
    res.status(renewed ? 200 : 410).render('people/invitation-renewed', { renewed });
  }
}
