import { Body, Controller, Get, Param, ParseIntPipe, Post, Render, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor';
import { CurrentActor, LoggedIn } from '../auth/current-user';
import { flash } from '../auth/session-actions';
import { PageLanguage } from '../common/http/page-language';
import type { Language } from '../config/app-config';
import { CommentExportService, CsvFile } from './comment-export.service';
import { CommentMailSettingsService } from './comment-mail-settings.service';
import { FeedbackAllocationService } from './feedback-allocation.service';
import { FeedbackPagesService } from './feedback-pages.service';

/** Feedback in an edition: the trainer's page, the participant's assignments, mail choices and exports. */
@Controller('leerateliers/:slug')
@UseGuards(LoggedIn)
export class FeedbackController {
  constructor(
    private readonly pages: FeedbackPagesService,
    private readonly allocation: FeedbackAllocationService,
    private readonly mail: CommentMailSettingsService,
    private readonly exports: CommentExportService,
  ) {}

  @Get('feedback')
  @Render('comments/feedback')
  trainerPage(@CurrentActor() actor: Actor, @Param('slug') slug: string) {
    return this.pages.trainerPage(actor, slug);
  }

  @Post('feedback/verdelen')
  async allocate(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const outcome = await this.allocation.allocate(actor, slug, body);
    if (!outcome.ok) return res.status(422).render('comments/feedback', await this.pages.trainerPage(actor, slug, { form: 'allocation', result: outcome.result }));
    flash(req, 'ok', 'comments.flash.allocated', { count: outcome.count ?? 0 });
    res.redirect(303, `/leerateliers/${slug}/feedback`);
  }

  @Post('feedback/reactietermijn')
  async window(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const outcome = await this.allocation.saveWindow(actor, slug, body);
    if (!outcome.ok) return res.status(422).render('comments/feedback', await this.pages.trainerPage(actor, slug, { form: 'window', result: outcome.result }));
    flash(req, 'ok', 'comments.flash.windowSaved');
    res.redirect(303, `/leerateliers/${slug}/feedback`);
  }

  @Get('feedback/reacties.csv')
  async editionCsv(@CurrentActor() actor: Actor, @Param('slug') slug: string, @PageLanguage() lang: Language, @Res() res: Response): Promise<void> {
    send(res, await this.exports.editionCsv(actor, slug, lang));
  }

  @Get('casussen/:caseId/reacties.csv')
  async caseCsv(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('caseId', ParseIntPipe) caseId: number, @PageLanguage() lang: Language, @Res() res: Response): Promise<void> {
    send(res, await this.exports.caseCsv(actor, slug, caseId, lang));
  }

  @Get('feedbackopdrachten')
  @Render('comments/assignments')
  assignments(@CurrentActor() actor: Actor, @Param('slug') slug: string) {
    return this.pages.assignmentsPage(actor, slug);
  }

  @Get('meldingen')
  @Render('comments/mail-settings')
  mailSettings(@CurrentActor() actor: Actor, @Param('slug') slug: string) {
    return this.mail.page(actor, slug);
  }

  @Post('meldingen')
  async saveMailSettings(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const outcome = await this.mail.save(actor, slug, body);
    if (!outcome.ok) return res.status(422).render('comments/mail-settings', await this.mail.page(actor, slug, outcome.result));
    flash(req, 'ok', 'comments.flash.mailSaved');
    res.redirect(303, `/leerateliers/${slug}/meldingen`);
  }
}

function send(res: Response, file: CsvFile): void {
  res.type('text/csv; charset=utf-8').attachment(file.filename).send(file.csv);
}
