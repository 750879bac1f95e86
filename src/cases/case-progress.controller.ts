import { Body, Controller, Get, Param, ParseIntPipe, Post, Render, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor';
import { CurrentActor, LoggedIn } from '../auth/current-user';
import { flash } from '../auth/session-actions';
import type { Language } from '../config/app-config';
import { CaseExtensionsService } from './case-extensions.service';
import { CaseProgressService } from './case-progress.service';
import { PageLanguage } from '../common/http/page-language';

/** The trainer's side of the cases: progress, reminders, extensions and settings. */
@Controller('leerateliers/:slug/casusvoortgang')
@UseGuards(LoggedIn)
export class CaseProgressController {
  constructor(
    private readonly progress: CaseProgressService,
    private readonly extensions: CaseExtensionsService,
  ) {}

  @Get()
  @Render('cases/progress')
  page(@CurrentActor() actor: Actor, @Param('slug') slug: string, @PageLanguage() lang: Language) {
    return this.progress.page(actor, slug, lang);
  }

  @Post('herinneren')
  async remindAll(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { sent } = await this.progress.remind(actor, slug, undefined);
    flash(req, sent > 0 ? 'ok' : 'info', sent > 0 ? 'cases.flash.reminded' : 'cases.flash.notReminded', { count: sent });
    res.redirect(303, `/leerateliers/${slug}/casusvoortgang`);
  }

  @Post('herinneren/:enrolmentId')
  async remindOne(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('enrolmentId', ParseIntPipe) enrolmentId: number, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { sent } = await this.progress.remind(actor, slug, enrolmentId);
    flash(req, sent > 0 ? 'ok' : 'info', sent > 0 ? 'cases.flash.reminded' : 'cases.flash.notReminded', { count: sent });
    res.redirect(303, `/leerateliers/${slug}/casusvoortgang`);
  }

  @Post('instellingen')
  async settings(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Body() body: unknown, @PageLanguage() lang: Language, @Req() req: Request, @Res() res: Response): Promise<void> {
    const outcome = await this.progress.saveSettings(actor, slug, body, lang);
    if (!outcome.ok) return res.status(422).render('cases/progress', outcome.page);
    flash(req, 'ok', 'cases.flash.settingsSaved');
    res.redirect(303, `/leerateliers/${slug}/casusvoortgang`);
  }

  @Get('uitstel/:enrolmentId')
  @Render('cases/extension')
  extensionPage(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('enrolmentId', ParseIntPipe) enrolmentId: number, @PageLanguage() lang: Language) {
    return this.extensions.page(actor, slug, enrolmentId, lang);
  }

  @Post('uitstel/:enrolmentId')
  async giveExtension(
    @CurrentActor() actor: Actor,
    @Param('slug') slug: string,
    @Param('enrolmentId', ParseIntPipe) enrolmentId: number,
    @Body() body: unknown,
    @PageLanguage() lang: Language,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const outcome = await this.extensions.give(actor, slug, enrolmentId, body, lang);
    if (!outcome.ok) return res.status(422).render('cases/extension', outcome.page);
    flash(req, 'ok', 'cases.flash.extended', { name: outcome.name });
    res.redirect(303, `/leerateliers/${slug}/casusvoortgang`);
  }

  @Post('uitstel/:enrolmentId/intrekken')
  async removeExtension(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('enrolmentId', ParseIntPipe) enrolmentId: number, @Req() req: Request, @Res() res: Response): Promise<void> {
    const name = await this.extensions.remove(actor, slug, enrolmentId);
    flash(req, 'ok', 'cases.flash.extensionRemoved', { name });
    res.redirect(303, `/leerateliers/${slug}/casusvoortgang`);
  }
}
