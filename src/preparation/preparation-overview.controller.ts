import { Controller, Get, Param, ParseIntPipe, Post, Query, Render, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor';
import { CurrentActor, LoggedIn } from '../auth/current-user';
import { flash } from '../auth/session-actions';
import type { Language } from '../config/app-config';
import { PageLanguage } from '../common/http/page-language';
import { PreparationOverviewService } from './preparation-overview.service';
import { PreparationRemindersService } from './preparation-reminders.service';

/** The trainer reading the answers: overview, CSV, print, reminders and sharing with the group. */
@Controller('leerateliers/:slug/voorbereiding')
@UseGuards(LoggedIn)
export class PreparationOverviewController {
  constructor(
    private readonly overview: PreparationOverviewService,
    private readonly reminders: PreparationRemindersService,
  ) {}

  /** ?per=persoon shows the answers per person; per question is the default. */
  @Get('antwoorden')
  @Render('preparation/overview')
  page(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Query('per') view: unknown, @PageLanguage() lang: Language) {
    return this.overview.overview(actor, slug, view, lang);
  }

  @Get('antwoorden.csv')
  async csv(@CurrentActor() actor: Actor, @Param('slug') slug: string, @PageLanguage() lang: Language, @Res() res: Response): Promise<void> {
    const { filename, csv } = await this.overview.csv(actor, slug, lang);
    res.type('text/csv; charset=utf-8').attachment(filename).send(csv);
  }

  @Get('antwoorden/afdrukken')
  @Render('preparation/print')
  print(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Query('per') view: unknown, @PageLanguage() lang: Language) {
    return this.overview.print(actor, slug, view, lang);
  }

  @Post('herinneren')
  async remindAll(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    this.reminded(req, await this.reminders.remind(actor, slug, undefined));
    res.redirect(303, `/leerateliers/${slug}/voorbereiding/antwoorden#nog-niet`);
  }

  @Post('herinneren/:enrolmentId')
  async remindOne(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('enrolmentId', ParseIntPipe) enrolmentId: number, @Req() req: Request, @Res() res: Response): Promise<void> {
    this.reminded(req, await this.reminders.remind(actor, slug, enrolmentId));
    res.redirect(303, `/leerateliers/${slug}/voorbereiding/antwoorden#nog-niet`);
  }

  @Post('delen')
  async share(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.overview.share(actor, slug);
    flash(req, 'ok', 'preparation.flash.shared');
    res.redirect(303, `/leerateliers/${slug}/voorbereiding/antwoorden`);
  }

  @Post('niet-meer-delen')
  async stopSharing(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.overview.stopSharing(actor, slug);
    flash(req, 'ok', 'preparation.flash.unshared');
    res.redirect(303, `/leerateliers/${slug}/voorbereiding/antwoorden`);
  }

  private reminded(req: Request, sent: number): void {
    if (sent === 0) flash(req, 'info', 'preparation.flash.notReminded');
    else flash(req, 'ok', sent === 1 ? 'preparation.flash.remindedOne' : 'preparation.flash.reminded', { count: sent });
  }
}
