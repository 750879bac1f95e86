import { Controller, Get, Param, Render } from '@nestjs/common';
import { EditionsService } from './editions.service';

@Controller()
export class EditionsController {
  constructor(private readonly editions: EditionsService) {}

  @Get()
  @Render('home/index')
  async home() {
    return { editions: await this.editions.listUpcoming() };
  }

  @Get('leerateliers/:slug')
  @Render('editions/show')
  async show(@Param('slug') slug: string) {
    return await this.editions.getPublic(slug);
  }
}
