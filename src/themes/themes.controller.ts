import { Body, Controller, Get, Param, ParseIntPipe, Post, Render, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor';
import { CurrentActor, LoggedIn } from '../auth/current-user';
import { flash } from '../auth/session-actions';
import { ThemesService } from './themes.service';

/** The theme list of an edition, for its trainers and the coordinators. */
@Controller('leerateliers/:slug/themas')
@UseGuards(LoggedIn)
export class ThemesController {
  constructor(private readonly themes: ThemesService) {}

  @Get()
  @Render('themes/settings')
  page(@CurrentActor() actor: Actor, @Param('slug') slug: string) {
    return this.themes.page(actor, slug);
  }

  @Post()
  async add(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const outcome = await this.themes.add(actor, slug, body);
    if (!outcome.ok) return res.status(422).render('themes/settings', outcome.page);
    flash(req, 'ok', 'themes.added', { name: outcome.name });
    res.redirect(303, `/leerateliers/${slug}/themas`);
  }

  @Post(':id')
  async save(
    @CurrentActor() actor: Actor,
    @Param('slug') slug: string,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const outcome = await this.themes.save(actor, slug, id, body);
    if (!outcome.ok) return res.status(422).render('themes/settings', outcome.page);
    flash(req, 'ok', 'themes.saved', { name: outcome.name });
    res.redirect(303, `/leerateliers/${slug}/themas#thema-${id}`);
  }

  @Post(':id/omhoog')
  async up(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('id', ParseIntPipe) id: number, @Req() req: Request, @Res() res: Response): Promise<void> {
    const name = await this.themes.move(actor, slug, id, 'up');
    flash(req, 'ok', 'themes.moved', { name });
    res.redirect(303, `/leerateliers/${slug}/themas#thema-${id}`);
  }

  @Post(':id/omlaag')
  async down(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('id', ParseIntPipe) id: number, @Req() req: Request, @Res() res: Response): Promise<void> {
    const name = await this.themes.move(actor, slug, id, 'down');
    flash(req, 'ok', 'themes.moved', { name });
    res.redirect(303, `/leerateliers/${slug}/themas#thema-${id}`);
  }

  @Post(':id/verwijderen')
  async remove(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Param('id', ParseIntPipe) id: number, @Req() req: Request, @Res() res: Response): Promise<void> {
    const name = await this.themes.remove(actor, slug, id);
    flash(req, 'ok', 'themes.removed', { name });
    res.redirect(303, `/leerateliers/${slug}/themas`);
  }
}
