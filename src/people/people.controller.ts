import { Body, Controller, Get, Param, ParseIntPipe, Post, Render, Req, Res, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { memoryStorage } from 'multer';
import type { Actor } from '../auth/actor';
import { CurrentActor, LoggedIn } from '../auth/current-user';
import { flash } from '../auth/session-actions';
import { PeopleService } from './people.service';

const LIST_FILE_LIMIT = { fileSize: 200 * 1024, files: 1 };

/** The people of an edition, for its trainers and the coordinators. */
@Controller('leerateliers/:slug')
@UseGuards(LoggedIn)
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get('deelnemers')
  @Render('people/list')
  list(@CurrentActor() actor: Actor, @Param('slug') slug: string) {
    return this.people.peoplePage(actor, slug);
  }

  @Get('deelnemers.csv')
  async csv(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Res() res: Response): Promise<void> {
    const { filename, csv } = await this.people.exportCsv(actor, slug, res.locals.lang);
    res.type('text/csv; charset=utf-8').attachment(filename).send(csv);
  }

  @Post('uitnodigen')
  async inviteOne(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const outcome = await this.people.inviteOne(actor, slug, body, res.locals.lang);
    if (!outcome.ok) {
      const page = await this.people.peoplePage(actor, slug);
      return res.status(422).render('people/list', { ...page, values: outcome.values, errors: outcome.errors });
    }
    flash(req, 'ok', 'people.invited', { name: outcome.value.name });
    res.redirect(303, `/leerateliers/${slug}/deelnemers`);
  }

  /** A pasted list or an uploaded CSV; multipart forms carry the CSRF token in the query string. */
  @Post('uitnodigen/lijst')
  @UseInterceptors(FileInterceptor('bestand', { storage: memoryStorage(), limits: LIST_FILE_LIMIT }))
  async inviteList(
    @CurrentActor() actor: Actor,
    @Param('slug') slug: string,
    @Body() body: unknown,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const uploaded = file && file.size > 0 ? file.buffer.toString('utf8') : undefined;
    const result = await this.people.inviteList(actor, slug, body, uploaded, res.locals.lang);
    res.status(200).render('people/list-report', result);
  }

  @Post('deelnemers/:id/opnieuw-uitnodigen')
  async resend(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('id', ParseIntPipe) id: number, @Req() req: Request, @Res() res: Response): Promise<void> {
    const name = await this.people.resendInvitation(actor, slug, id);
    flash(req, 'ok', 'people.resent', { name });
    res.redirect(303, `/leerateliers/${slug}/deelnemers`);
  }

  @Post('deelnemers/:id/afmelden')
  async withdraw(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('id', ParseIntPipe) id: number, @Req() req: Request, @Res() res: Response): Promise<void> {
    const name = await this.people.withdraw(actor, slug, id);
    flash(req, 'ok', 'people.withdrawn', { name });
    res.redirect(303, `/leerateliers/${slug}/deelnemers`);
  }
}
