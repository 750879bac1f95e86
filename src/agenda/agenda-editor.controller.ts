import { Controller, Get, Param, ParseIntPipe, Post, Render, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import type { Actor } from '../auth/actor';
import { CurrentActor, LoggedIn } from '../auth/current-user';
import { PageLanguage } from '../common/http/page-language';
import type { Language } from '../config/app-config';
import { changes } from './agenda-changes';
import { AgendaEditorService } from './agenda-editor.service';
import { AgendaProposalService } from './agenda-proposal.service';
import { AgendaPublishingService } from './agenda-publishing.service';
import { type Posted, PostedForm, respond } from './agenda-responses';

/** The trainer's page and its forms: proposal, settings, breaks, publishing, and each case. */
@Controller('leerateliers/:slug/agenda')
@UseGuards(LoggedIn)
export class AgendaEditorController {
  constructor(
    private readonly editor: AgendaEditorService,
    private readonly proposals: AgendaProposalService,
    private readonly publishing: AgendaPublishingService,
  ) {}

  @Get('bewerken')
  @Render('agenda/edit')
  page(@CurrentActor() actor: Actor, @Param('slug') slug: string, @PageLanguage() lang: Language) {
    return this.editor.page(actor, slug, lang);
  }

  @Post('voorstel')
  async propose(@PostedForm() p: Posted, @Res() res: Response): Promise<void> {
    respond(p, res, await this.proposals.propose(p.actor, p.slug, p.body));
  }

  @Post('publiceren')
  async publish(@PostedForm() p: Posted, @Res() res: Response): Promise<void> {
    respond(p, res, await this.publishing.publish(p.actor, p.slug, p.body));
  }

  @Post('instellingen')
  async settings(@PostedForm() p: Posted, @Res() res: Response): Promise<void> {
    respond(p, res, await this.editor.change(p.actor, p.slug, p.body, changes.settings(), p.lang));
  }

  @Post('pauzes')
  async addBreak(@PostedForm() p: Posted, @Res() res: Response): Promise<void> {
    respond(p, res, await this.editor.change(p.actor, p.slug, p.body, changes.saveBreak(null), p.lang));
  }

  @Post('pauzes/:index')
  async saveBreak(@PostedForm() p: Posted, @Param('index', ParseIntPipe) index: number, @Res() res: Response): Promise<void> {
    respond(p, res, await this.editor.change(p.actor, p.slug, p.body, changes.saveBreak(index), p.lang));
  }

  @Post('pauzes/:index/verwijderen')
  async removeBreak(@PostedForm() p: Posted, @Param('index', ParseIntPipe) index: number, @Res() res: Response): Promise<void> {
    respond(p, res, await this.editor.change(p.actor, p.slug, p.body, changes.removeBreak(index), p.lang));
  }

  @Post('casussen/:caseId/verplaatsen')
  async moveCase(@PostedForm() p: Posted, @Param('caseId', ParseIntPipe) caseId: number, @Res() res: Response): Promise<void> {
    respond(p, res, await this.editor.change(p.actor, p.slug, p.body, changes.moveCase(caseId), p.lang));
  }

  @Post('casussen/:caseId/omhoog')
  async caseUp(@PostedForm() p: Posted, @Param('caseId', ParseIntPipe) caseId: number, @Res() res: Response): Promise<void> {
    respond(p, res, await this.editor.change(p.actor, p.slug, p.body, changes.shiftCase(caseId, 'up'), p.lang));
  }

  @Post('casussen/:caseId/omlaag')
  async caseDown(@PostedForm() p: Posted, @Param('caseId', ParseIntPipe) caseId: number, @Res() res: Response): Promise<void> {
    respond(p, res, await this.editor.change(p.actor, p.slug, p.body, changes.shiftCase(caseId, 'down'), p.lang));
  }

  @Post('casussen/:caseId/tijd')
  async caseMinutes(@PostedForm() p: Posted, @Param('caseId', ParseIntPipe) caseId: number, @Res() res: Response): Promise<void> {
    respond(p, res, await this.editor.change(p.actor, p.slug, p.body, changes.caseMinutes(caseId), p.lang));
  }

  @Post('casussen/:caseId/weglaten')
  async leaveOut(@PostedForm() p: Posted, @Param('caseId', ParseIntPipe) caseId: number, @Res() res: Response): Promise<void> {
    respond(p, res, await this.editor.change(p.actor, p.slug, p.body, changes.leaveOut(caseId), p.lang));
  }
}
