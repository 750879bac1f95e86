import { Controller, Param, ParseIntPipe, Post, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { LoggedIn } from '../auth/current-user';
import { changes } from './agenda-changes';
import { AgendaEditorService } from './agenda-editor.service';
import { type Posted, PostedForm, respond } from './agenda-responses';

/** The trainer's changes to blocks: add, rename, reorder, merge, split, remove. */
@Controller('leerateliers/:slug/agenda/blokken')
@UseGuards(LoggedIn)
export class AgendaBlocksController {
  constructor(private readonly editor: AgendaEditorService) {}

  @Post()
  async add(@PostedForm() p: Posted, @Res() res: Response): Promise<void> {
    respond(p, res, await this.editor.change(p.actor, p.slug, p.body, changes.addBlock(), p.lang));
  }

  @Post(':number')
  async rename(@PostedForm() p: Posted, @Param('number', ParseIntPipe) number: number, @Res() res: Response): Promise<void> {
    respond(p, res, await this.editor.change(p.actor, p.slug, p.body, changes.renameBlock(number), p.lang));
  }

  @Post(':number/omhoog')
  async up(@PostedForm() p: Posted, @Param('number', ParseIntPipe) number: number, @Res() res: Response): Promise<void> {
    respond(p, res, await this.editor.change(p.actor, p.slug, p.body, changes.shiftBlock(number, 'up'), p.lang));
  }

  @Post(':number/omlaag')
  async down(@PostedForm() p: Posted, @Param('number', ParseIntPipe) number: number, @Res() res: Response): Promise<void> {
    respond(p, res, await this.editor.change(p.actor, p.slug, p.body, changes.shiftBlock(number, 'down'), p.lang));
  }

  @Post(':number/samenvoegen')
  async merge(@PostedForm() p: Posted, @Param('number', ParseIntPipe) number: number, @Res() res: Response): Promise<void> {
    respond(p, res, await this.editor.change(p.actor, p.slug, p.body, changes.mergeBlock(number), p.lang));
  }

  @Post(':number/splitsen')
  async split(@PostedForm() p: Posted, @Param('number', ParseIntPipe) number: number, @Res() res: Response): Promise<void> {
    respond(p, res, await this.editor.change(p.actor, p.slug, p.body, changes.splitBlock(number), p.lang));
  }

  @Post(':number/verwijderen')
  async remove(@PostedForm() p: Posted, @Param('number', ParseIntPipe) number: number, @Res() res: Response): Promise<void> {
    respond(p, res, await this.editor.change(p.actor, p.slug, p.body, changes.removeBlock(number), p.lang));
  }
}
