import { Controller, Get, Param, ParseIntPipe, Query, Render, UseGuards } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { CurrentActor, LoggedIn } from '../auth/current-user';
import type { Language } from '../config/app-config';
import { CaseOverviewService, type OverviewQuery } from './case-overview.service';
import { CaseReadingService, type CompareQuery } from './case-reading.service';
import { PageLanguage } from '../common/http/page-language';

/** Reading cases: the overview of an edition, a case, its versions and what changed. */
@Controller('leerateliers/:slug/casussen')
@UseGuards(LoggedIn)
export class CasesController {
  constructor(
    private readonly overview: CaseOverviewService,
    private readonly reading: CaseReadingService,
  ) {}

  @Get()
  @Render('cases/overview')
  list(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Query() query: OverviewQuery, @PageLanguage() lang: Language) {
    return this.overview.overview(actor, slug, query, lang);
  }

  @Get(':id')
  @Render('cases/show')
  show(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('id', ParseIntPipe) id: number, @PageLanguage() lang: Language) {
    return this.reading.casePage(actor, slug, id, lang);
  }

  @Get(':id/versies')
  @Render('cases/versions')
  compare(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('id', ParseIntPipe) id: number, @Query() query: CompareQuery, @PageLanguage() lang: Language) {
    return this.reading.comparePage(actor, slug, id, query, lang);
  }

  @Get(':id/versies/:number')
  @Render('cases/show')
  version(
    @CurrentActor() actor: Actor,
    @Param('slug') slug: string,
    @Param('id', ParseIntPipe) id: number,
    @Param('number', ParseIntPipe) number: number,
    @PageLanguage() lang: Language,
  ) {
    return this.reading.versionPage(actor, slug, id, number, lang);
  }
}
