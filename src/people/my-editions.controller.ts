import { Controller, Get, Render, UseGuards } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { CurrentActor, LoggedIn } from '../auth/current-user';
import { PeopleService } from './people.service';

@Controller('mijn')
@UseGuards(LoggedIn)
export class MyEditionsController {
  constructor(private readonly people: PeopleService) {}

  /** Where a person lands after logging in. */
  @Get()
  @Render('people/my-editions')
  async myEditions(@CurrentActor() actor: Actor) {
    return { editions: await this.people.myEditions(actor) };
  }
}
