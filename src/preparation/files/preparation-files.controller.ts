import { Controller, Get, Param, ParseIntPipe, Post, Req, Res, UseGuards, UseInterceptors } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../../auth/actor';
import { CurrentActor, LoggedIn } from '../../auth/current-user';
import { flash } from '../../auth/session-actions';
import { CaseUploadInterceptor, type RequestWithUpload } from '../../cases/upload/case-upload.interceptor';
import { sendAttachment } from '../../cases/upload/send-attachment';
import { finishUpload } from '../../cases/upload/upload-feedback';
import { PreparationFilesService } from './preparation-files.service';
import { PreparationUploadGuard } from './preparation-upload.guard';

/**
 * Files with the preparation material. The upload uses the cases' safe upload handling; its
 * form is multipart and carries the CSRF token in the query string.
 */
@Controller('leerateliers/:slug/voorbereiding/bestanden')
@UseGuards(LoggedIn)
export class PreparationFilesController {
  constructor(private readonly files: PreparationFilesService) {}

  @Post()
  @UseGuards(PreparationUploadGuard)
  @UseInterceptors(CaseUploadInterceptor)
  async upload(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Req() req: RequestWithUpload, @Res() res: Response): Promise<void> {
    const outcome = await this.files.add(actor, slug, req.caseUpload ?? { files: [] });
    if (outcome.ok) flash(req, 'ok', outcome.count === 1 ? 'preparation.flash.fileAdded' : 'preparation.flash.filesAdded', { count: outcome.count });
    finishUpload(req, res, outcome.ok ? undefined : outcome.problem, `/leerateliers/${slug}/voorbereiding/instellen#bestanden`);
  }

  @Get(':id')
  async download(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('id', ParseIntPipe) id: number, @Res() res: Response): Promise<void> {
    sendAttachment(res, await this.files.download(actor, slug, id));
  }

  @Post(':id/verwijderen')
  async remove(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('id', ParseIntPipe) id: number, @Req() req: Request, @Res() res: Response): Promise<void> {
    const name = await this.files.remove(actor, slug, id);
    flash(req, 'ok', 'preparation.flash.fileRemoved', { name });
    res.redirect(303, `/leerateliers/${slug}/voorbereiding/instellen#bestanden`);
  }
}
