import { Body, Controller, Get, Param, Post, Render, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor';
import { CurrentActor, LoggedIn } from '../auth/current-user';
import { flash } from '../auth/session-actions';
import { AdminDashboardService } from './admin-dashboard.service';
import { AdminEditionsService } from './admin-editions.service';
import { AdminTrainersService } from './admin-trainers.service';

const editPath = (slug: string) => `/beheer/leerateliers/${encodeURIComponent(slug)}/bewerken`;

/** The coordinators' pages for editions. Every service method checks the permission itself. */
@Controller('beheer')
@UseGuards(LoggedIn)
export class AdminController {
  constructor(
    private readonly dashboardService: AdminDashboardService,
    private readonly editions: AdminEditionsService,
    private readonly trainers: AdminTrainersService,
  ) {}

  @Get()
  @Render('admin/dashboard')
  dashboard(@CurrentActor() actor: Actor) {
    return this.dashboardService.dashboard(actor);
  }

  @Get('leerateliers/nieuw')
  @Render('admin/edition')
  newEdition(@CurrentActor() actor: Actor) {
    return this.editions.newEditionPage(actor);
  }

  @Post('leerateliers/nieuw')
  async create(@CurrentActor() actor: Actor, @Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const outcome = await this.editions.create(actor, body);
    if (!outcome.ok) return res.status(422).render('admin/edition', outcome.page);
    flash(req, 'ok', 'admin.saved.created', { title: outcome.edition.title });
    res.redirect(303, editPath(outcome.edition.slug));
  }

  @Get('leerateliers/:slug/bewerken')
  @Render('admin/edition')
  editEdition(@CurrentActor() actor: Actor, @Param('slug') slug: string) {
    return this.editions.editPage(actor, slug);
  }

  @Post('leerateliers/:slug/bewerken')
  async update(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const outcome = await this.editions.update(actor, slug, body);
    if (!outcome.ok) return res.status(422).render('admin/edition', outcome.page);
    flash(req, 'ok', 'admin.saved.updated', { title: outcome.edition.title });
    res.redirect(303, editPath(outcome.edition.slug));
  }

  @Post('leerateliers/:slug/kopie')
  async clone(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { original, copy } = await this.editions.clone(actor, slug);
    flash(req, 'ok', 'admin.saved.cloned', { title: original.title });
    res.redirect(303, editPath(copy.slug));
  }

  @Post('leerateliers/:slug/status')
  async status(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { edition, status } = await this.editions.changeStatus(actor, slug, body);
    flash(req, 'ok', `admin.statusChanged.${status}`, { title: edition.title });
    res.redirect(303, editPath(edition.slug));
  }

  @Post('leerateliers/:slug/trainers')
  async addTrainer(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const outcome = await this.trainers.addTrainer(actor, slug, body);
    if (!outcome.ok) return res.status(422).render('admin/edition', outcome.page);
    flash(req, 'ok', 'admin.trainers.invited', { name: outcome.name });
    res.redirect(303, `${editPath(outcome.edition.slug)}#trainers`);
  }
}
