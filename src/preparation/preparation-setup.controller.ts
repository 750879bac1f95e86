import { Body, Controller, Get, Param, ParseIntPipe, Post, Render, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor';
import { CurrentActor, LoggedIn } from '../auth/current-user';
import { flash } from '../auth/session-actions';
import { takeUploadProblem } from '../cases/upload/upload-feedback';
import type { Language } from '../config/app-config';
import { PageLanguage } from '../common/http/page-language';
import { PreparationQuestionsService } from './preparation-questions.service';
import { PreparationSetupService } from './preparation-setup.service';

/** The trainer's side of the setup: material, deadline, reminder and the questions. */
@Controller('leerateliers/:slug/voorbereiding')
@UseGuards(LoggedIn)
export class PreparationSetupController {
  constructor(
    private readonly setup: PreparationSetupService,
    private readonly questions: PreparationQuestionsService,
  ) {}

  /** Also where a material upload ends; a refused upload's reason is shown here once. */
  @Get('instellen')
  @Render('preparation/setup')
  page(@CurrentActor() actor: Actor, @Param('slug') slug: string, @PageLanguage() lang: Language, @Req() req: Request) {
    return this.setup.page(actor, slug, lang, undefined, { upload: takeUploadProblem(req) });
  }

  @Post('instellen')
  async saveMaterial(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Body() body: unknown, @PageLanguage() lang: Language, @Req() req: Request, @Res() res: Response): Promise<void> {
    const outcome = await this.setup.saveMaterial(actor, slug, body, lang);
    if (!outcome.ok) return res.status(422).render('preparation/setup', outcome.page);
    flash(req, 'ok', 'preparation.flash.settingsSaved');
    res.redirect(303, `/leerateliers/${slug}/voorbereiding/instellen`);
  }

  @Post('vragen')
  async add(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Body() body: unknown, @PageLanguage() lang: Language, @Req() req: Request, @Res() res: Response): Promise<void> {
    const outcome = await this.setup.addQuestion(actor, slug, body, lang);
    if (!outcome.ok) return res.status(422).render('preparation/setup', outcome.page);
    flash(req, 'ok', 'preparation.flash.questionAdded');
    res.redirect(303, `/leerateliers/${slug}/voorbereiding/instellen#vragen`);
  }

  @Get('vragen/:id')
  @Render('preparation/question')
  editPage(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('id', ParseIntPipe) id: number) {
    return this.questions.editPage(actor, slug, id);
  }

  @Post('vragen/:id')
  async change(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('id', ParseIntPipe) id: number, @Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const outcome = await this.questions.change(actor, slug, id, body);
    if (!outcome.ok) return res.status(422).render('preparation/question', outcome.page);
    flash(req, 'ok', outcome.newVersion ? 'preparation.flash.questionNewVersion' : 'preparation.flash.questionChanged');
    res.redirect(303, `/leerateliers/${slug}/voorbereiding/instellen#vragen`);
  }

  @Post('vragen/:id/omhoog')
  async up(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('id', ParseIntPipe) id: number, @Res() res: Response): Promise<void> {
    await this.questions.move(actor, slug, id, 'up');
    res.redirect(303, `/leerateliers/${slug}/voorbereiding/instellen#vraag-${id}`);
  }

  @Post('vragen/:id/omlaag')
  async down(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('id', ParseIntPipe) id: number, @Res() res: Response): Promise<void> {
    await this.questions.move(actor, slug, id, 'down');
    res.redirect(303, `/leerateliers/${slug}/voorbereiding/instellen#vraag-${id}`);
  }

  @Post('vragen/:id/verwijderen')
  async remove(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('id', ParseIntPipe) id: number, @Req() req: Request, @Res() res: Response): Promise<void> {
    const text = await this.questions.remove(actor, slug, id);
    flash(req, 'ok', 'preparation.flash.questionRemoved', { text });
    res.redirect(303, `/leerateliers/${slug}/voorbereiding/instellen#vragen`);
  }
}
