import { Controller, Get, Header, Param, Query, Render, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import type { Actor } from '../auth/actor';
import { CurrentActor, LoggedIn } from '../auth/current-user';
import { PageLanguage } from '../common/http/page-language';
import type { Language } from '../config/app-config';
import { AgendaExportService } from './agenda-export.service';
import { AgendaReaderService, versionOf } from './agenda-reader.service';

/** Reading the agenda: the page, the print view and the exports. */
@Controller('leerateliers/:slug')
@UseGuards(LoggedIn)
export class AgendaController {
  constructor(
    private readonly reader: AgendaReaderService,
    private readonly exports: AgendaExportService,
  ) {}

  @Get('agenda')
  @Render('agenda/show')
  page(@CurrentActor() actor: Actor, @Param('slug') slug: string) {
    return this.reader.read(actor, slug, 'published');
  }

  @Get('agenda/afdrukken')
  @Render('agenda/print')
  print(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Query() query: unknown) {
    return this.reader.read(actor, slug, versionOf(query));
  }

  @Get('agenda.ics')
  async calendar(@CurrentActor() actor: Actor, @Param('slug') slug: string, @PageLanguage() lang: Language, @Res() res: Response): Promise<void> {
    const file = await this.exports.calendar(actor, slug, lang);
    res.type('text/calendar; charset=utf-8').attachment(file.filename).send(file.body);
  }

  @Get('agenda.csv')
  async csv(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Query() query: unknown, @PageLanguage() lang: Language, @Res() res: Response): Promise<void> {
    const file = await this.exports.csv(actor, slug, versionOf(query), lang);
    res.type('text/csv; charset=utf-8').attachment(file.filename).send(file.body);
  }

  @Get('agenda.json')
  @Header('Cache-Control', 'no-store')
  json(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Query() query: unknown) {
    return this.exports.json(actor, slug, versionOf(query));
  }
}
