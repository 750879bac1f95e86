import { Body, Controller, Get, Param, ParseIntPipe, Post, Render, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor';
import { CurrentActor, LoggedIn } from '../auth/current-user';
import { flash } from '../auth/session-actions';
import type { Language } from '../config/app-config';
import { CaseOverviewService } from './case-overview.service';
import { CaseWritingService } from './case-writing.service';
import { PageLanguage } from '../common/http/page-language';
import { takeUploadProblem } from './upload/upload-feedback';

const FLASH = { saved: 'cases.flash.saved', submitted: 'cases.flash.submitted', unchanged: 'cases.flash.unchanged' } as const;

/** The author's side: "Mijn casus", writing, submitting, revising and withdrawing. */
@Controller('leerateliers/:slug')
@UseGuards(LoggedIn)
export class MyCaseController {
  constructor(
    private readonly overview: CaseOverviewService,
    private readonly writing: CaseWritingService,
  ) {}

  @Get('mijn-casus')
  @Render('cases/mine')
  mine(@CurrentActor() actor: Actor, @Param('slug') slug: string, @PageLanguage() lang: Language) {
    return this.overview.mine(actor, slug, lang);
  }

  @Get('mijn-casus/nieuw')
  async newForm(@CurrentActor() actor: Actor, @Param('slug') slug: string, @PageLanguage() lang: Language, @Req() req: Request, @Res() res: Response): Promise<void> {
    const page = await this.writing.newForm(actor, slug, lang);
    if (page) return res.render('cases/form', page);
    flash(req, 'info', 'cases.form.limitReached');
    res.redirect(303, `/leerateliers/${slug}/mijn-casus`);
  }

  @Post('mijn-casus')
  async create(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Body() body: unknown, @PageLanguage() lang: Language, @Req() req: Request, @Res() res: Response): Promise<void> {
    const outcome = await this.writing.create(actor, slug, body, lang);
    if (!outcome.ok) return res.status(outcome.status).render('cases/form', outcome.page);
    flash(req, 'ok', FLASH[outcome.action]);
    res.redirect(303, afterSave(slug, outcome.caseId, outcome.action));
  }

  @Get('casussen/:id/bewerken')
  @Render('cases/form')
  edit(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('id', ParseIntPipe) id: number, @PageLanguage() lang: Language, @Req() req: Request) {
    return this.writing.editForm(actor, slug, id, lang, takeUploadProblem(req));
  }

  @Post('casussen/:id')
  async save(
    @CurrentActor() actor: Actor,
    @Param('slug') slug: string,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: unknown,
    @PageLanguage() lang: Language,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const outcome = await this.writing.save(actor, slug, id, body, lang);
    if (!outcome.ok) return res.status(outcome.status).render('cases/form', outcome.page);
    flash(req, 'ok', FLASH[outcome.action]);
    res.redirect(303, afterSave(slug, outcome.caseId, outcome.action));
  }

  @Post('casussen/:id/intrekken')
  async withdraw(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('id', ParseIntPipe) id: number, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.writing.withdraw(actor, slug, id);
    flash(req, 'ok', 'cases.flash.withdrawn');
    res.redirect(303, `/leerateliers/${slug}/mijn-casus`);
  }
}

/** After submitting the author sees the case as the others do; after saving they go on writing. */
function afterSave(slug: string, caseId: number, action: keyof typeof FLASH): string {
  return action === 'saved' ? `/leerateliers/${slug}/casussen/${caseId}/bewerken` : `/leerateliers/${slug}/casussen/${caseId}`;
}
