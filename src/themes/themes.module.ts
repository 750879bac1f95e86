import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { Theme } from './theme.entity';
import { ThemesController } from './themes.controller';
import { ThemesRepository } from './themes.repository';
import { ThemesService } from './themes.service';

/** The theme list of an edition. Cases use ThemesRepository to offer and show themes. */
@Module({
  imports: [TypeOrmModule.forFeature([Theme]), EnrolmentsModule],
  controllers: [ThemesController],
  providers: [ThemesRepository, ThemesService],
  exports: [ThemesRepository],
})
export class ThemesModule {}
