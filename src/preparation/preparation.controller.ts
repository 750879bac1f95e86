import { Body, Controller, Get, Param, Post, Render, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor';
import { CurrentActor, LoggedIn } from '../auth/current-user';
import { flash } from '../auth/session-actions';
import type { Language } from '../config/app-config';
import { PageLanguage } from '../common/http/page-language';
import { PreparationAnswersService } from './preparation-answers.service';
import { PreparationOverviewService } from './preparation-overview.service';

const FLASH = { draft: 'preparation.flash.draftSaved', submit: 'preparation.flash.submitted', change: 'preparation.flash.changed' } as const;

/** The participant's side: the material, the questions and their own answers; the group's answers once shared. */
@Controller('leerateliers/:slug/voorbereiding')
@UseGuards(LoggedIn)
export class PreparationController {
  constructor(
    private readonly answers: PreparationAnswersService,
    private readonly overview: PreparationOverviewService,
  ) {}

  @Get()
  @Render('preparation/answer')
  page(@CurrentActor() actor: Actor, @Param('slug') slug: string, @PageLanguage() lang: Language) {
    return this.answers.page(actor, slug, lang);
  }

  @Post()
  async save(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Body() body: unknown, @PageLanguage() lang: Language, @Req() req: Request, @Res() res: Response): Promise<void> {
    const outcome = await this.answers.save(actor, slug, body, lang);
    if (!outcome.ok) return res.status(outcome.status).render('preparation/answer', outcome.page);
    flash(req, 'ok', FLASH[outcome.action]);
    res.redirect(303, `/leerateliers/${slug}/voorbereiding`);
  }

  @Get('groep')
  @Render('preparation/group')
  group(@CurrentActor() actor: Actor, @Param('slug') slug: string) {
    return this.overview.group(actor, slug);
  }
}
