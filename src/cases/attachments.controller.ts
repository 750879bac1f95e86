import { Controller, Get, Param, ParseIntPipe, Post, Req, Res, UseGuards, UseInterceptors } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor';
import { CurrentActor, LoggedIn } from '../auth/current-user';
import { flash } from '../auth/session-actions';
import { AttachmentsService } from './attachments.service';
import { CaseUploadGuard } from './upload/case-upload.guard';
import { CaseUploadInterceptor, type RequestWithUpload } from './upload/case-upload.interceptor';
import { finishUpload } from './upload/upload-feedback';
import { sendAttachment } from './upload/send-attachment';

/** Attachments of a case. The upload form is multipart and carries its CSRF token in the query string. */
@Controller('leerateliers/:slug/casussen/:id/bijlagen')
@UseGuards(LoggedIn)
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post()
  @UseGuards(CaseUploadGuard)
  @UseInterceptors(CaseUploadInterceptor)
  async upload(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('id', ParseIntPipe) id: number, @Req() req: RequestWithUpload, @Res() res: Response): Promise<void> {
    const outcome = await this.attachments.add(actor, slug, id, req.caseUpload ?? { files: [] });
    if (outcome.ok) flash(req, 'ok', outcome.count === 1 ? 'cases.flash.attachmentAdded' : 'cases.flash.attachmentsAdded', { count: outcome.count });
    finishUpload(req, res, outcome.ok ? undefined : outcome.problem, `/leerateliers/${slug}/casussen/${id}/bewerken#bijlagen`);
  }

  @Get(':attachmentId')
  async download(
    @CurrentActor() actor: Actor,
    @Param('slug') slug: string,
    @Param('id', ParseIntPipe) id: number,
    @Param('attachmentId', ParseIntPipe) attachmentId: number,
    @Res() res: Response,
  ): Promise<void> {
    sendAttachment(res, await this.attachments.download(actor, slug, id, attachmentId));
  }

  @Post(':attachmentId/verwijderen')
  async remove(
    @CurrentActor() actor: Actor,
    @Param('slug') slug: string,
    @Param('id', ParseIntPipe) id: number,
    @Param('attachmentId', ParseIntPipe) attachmentId: number,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const name = await this.attachments.remove(actor, slug, id, attachmentId);
    flash(req, 'ok', 'cases.flash.attachmentRemoved', { name });
    res.redirect(303, `/leerateliers/${slug}/casussen/${id}/bewerken#bijlagen`);
  }
}
