import { Controller, Get, Param, Query, Render, UseGuards } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { CurrentActor, LoggedIn } from '../auth/current-user';
import { AdminOutboxService } from './admin-outbox.service';

/** The outbox, shown with the mail feature's own views. */
@Controller('beheer')
@UseGuards(LoggedIn)
export class AdminOutboxController {
  constructor(private readonly outbox: AdminOutboxService) {}

  @Get('e-mail')
  @Render('mail/outbox-list')
  list(@CurrentActor() actor: Actor, @Query('pagina') page: unknown) {
    return this.outbox.page(actor, page);
  }

  @Get('e-mail/:id')
  @Render('mail/outbox-show')
  show(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.outbox.mailById(actor, id);
  }
}
