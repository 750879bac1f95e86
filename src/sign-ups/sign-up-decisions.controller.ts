import { Controller, Get, Param, Post, Render, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor';
import { CurrentActor, LoggedIn } from '../auth/current-user';
import { flash } from '../auth/session-actions';
import { SignUpDecisionsService, DecisionOutcome } from './sign-up-decisions.service';
import { saveSession } from './sign-up-session';
import type { Decision } from './sign-up-rules';

const FLASH_TYPE = { approved: 'ok', declined: 'ok', alreadyEnrolled: 'info', alreadyDecided: 'info', full: 'warning' } as const;

/** The coordinator's list of sign-ups for an edition, with approve and decline buttons. */
@Controller('beheer/leerateliers/:slug/aanmeldingen')
@UseGuards(LoggedIn)
export class SignUpDecisionsController {
  constructor(private readonly decisions: SignUpDecisionsService) {}

  @Get()
  @Render('sign-ups/decisions')
  overview(@CurrentActor() actor: Actor, @Param('slug') slug: string) {
    return this.decisions.overview(actor, slug);
  }

  @Post(':id/goedkeuren')
  approve(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    return this.decide(actor, slug, id, 'approve', req, res);
  }

  @Post(':id/afwijzen')
  decline(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    return this.decide(actor, slug, id, 'decline', req, res);
  }

  private async decide(actor: Actor, slug: string, id: string, decision: Decision, req: Request, res: Response): Promise<void> {
    const outcome = await this.decisions.decide(actor, slug, id, decision);
    flash(req, FLASH_TYPE[outcome.kind], messageKey(outcome), { name: outcome.name });
    await saveSession(req);
    // The service found the edition by this slug, so it is a safe path.
    res.redirect(303, `/beheer/leerateliers/${slug}/aanmeldingen`);
  }
}

function messageKey(outcome: DecisionOutcome): string {
  return outcome.kind === 'alreadyDecided' ? `signUp.decision.already.${outcome.status}` : `signUp.decision.${outcome.kind}`;
}
