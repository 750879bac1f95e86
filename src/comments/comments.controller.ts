import { Body, Controller, Get, Param, ParseIntPipe, Post, Render, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor';
import { CurrentActor, LoggedIn } from '../auth/current-user';
import { flash } from '../auth/session-actions';
import { CommentChangesService } from './comment-changes.service';
import { CommentModerationService } from './comment-moderation.service';
import { CommentWritingService, WriteOutcome } from './comment-writing.service';

const FORM = 'comments/form';

/** Writing, answering, changing, deleting and hiding comments on a case. */
@Controller('leerateliers/:slug/casussen/:caseId/reacties')
@UseGuards(LoggedIn)
export class CommentsController {
  constructor(
    private readonly writing: CommentWritingService,
    private readonly changes: CommentChangesService,
    private readonly moderation: CommentModerationService,
  ) {}

  @Post()
  async write(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('caseId', ParseIntPipe) caseId: number, @Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    done(await this.writing.write(actor, slug, caseId, body), 'comments.flash.posted', slug, caseId, req, res);
  }

  @Get(':id/reageren')
  @Render(FORM)
  replyPage(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('caseId', ParseIntPipe) caseId: number, @Param('id', ParseIntPipe) id: number) {
    return this.writing.replyPage(actor, slug, caseId, id);
  }

  @Post(':id/reageren')
  async reply(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('caseId', ParseIntPipe) caseId: number, @Param('id', ParseIntPipe) id: number, @Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    done(await this.writing.reply(actor, slug, caseId, id, body), 'comments.flash.replied', slug, caseId, req, res);
  }

  @Get(':id/bewerken')
  @Render(FORM)
  editPage(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('caseId', ParseIntPipe) caseId: number, @Param('id', ParseIntPipe) id: number) {
    return this.changes.editPage(actor, slug, caseId, id);
  }

  @Post(':id/bewerken')
  async edit(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('caseId', ParseIntPipe) caseId: number, @Param('id', ParseIntPipe) id: number, @Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    done(await this.changes.edit(actor, slug, caseId, id, body), 'comments.flash.edited', slug, caseId, req, res);
  }

  @Get(':id/verwijderen')
  @Render(FORM)
  deletePage(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('caseId', ParseIntPipe) caseId: number, @Param('id', ParseIntPipe) id: number) {
    return this.changes.deletePage(actor, slug, caseId, id);
  }

  @Post(':id/verwijderen')
  async delete(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('caseId', ParseIntPipe) caseId: number, @Param('id', ParseIntPipe) id: number, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.changes.delete(actor, slug, caseId, id);
    flash(req, 'ok', 'comments.flash.deleted');
    res.redirect(303, `/leerateliers/${slug}/casussen/${caseId}#reacties`);
  }

  @Get(':id/verbergen')
  @Render(FORM)
  hidePage(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('caseId', ParseIntPipe) caseId: number, @Param('id', ParseIntPipe) id: number) {
    return this.moderation.hidePage(actor, slug, caseId, id);
  }

  @Post(':id/verbergen')
  async hide(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('caseId', ParseIntPipe) caseId: number, @Param('id', ParseIntPipe) id: number, @Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    done(await this.moderation.hide(actor, slug, caseId, id, body), 'comments.flash.hidden', slug, caseId, req, res);
  }

  @Post(':id/tonen')
  async show(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('caseId', ParseIntPipe) caseId: number, @Param('id', ParseIntPipe) id: number, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.moderation.show(actor, slug, caseId, id);
    flash(req, 'ok', 'comments.flash.shown');
    res.redirect(303, `/leerateliers/${slug}/casussen/${caseId}#reactie-${id}`);
  }
}

/** Back to the comment on the case page, or the form again with what was typed and why it was refused. */
function done(outcome: WriteOutcome, message: string, slug: string, caseId: number, req: Request, res: Response): void {
  if (!outcome.ok) return res.status(outcome.status).render(FORM, outcome.page);
  flash(req, 'ok', message);
  res.redirect(303, `/leerateliers/${slug}/casussen/${caseId}#reactie-${outcome.commentId}`);
}
