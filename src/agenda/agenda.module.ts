import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Case } from '../cases/entities/case.entity';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { MailModule } from '../mail/mail.module';
import { AgendaAccess } from './agenda-access';
import { AgendaBlocksController } from './agenda-blocks.controller';
import { AgendaEditorController } from './agenda-editor.controller';
import { AgendaEditorService } from './agenda-editor.service';
import { AgendaExportService } from './agenda-export.service';
import { AgendaLoader } from './agenda-loader';
import { AgendaProposalService } from './agenda-proposal.service';
import { AgendaPublishingService } from './agenda-publishing.service';
import { AgendaReaderService } from './agenda-reader.service';
import { AgendaSourcesRepository } from './agenda-sources.repository';
import { AgendaViews } from './agenda-views';
import { AgendaWarmUp } from './agenda-warm-up';
import { AgendaController } from './agenda.controller';
import { AgendaRepository } from './agenda.repository';
import { Agenda } from './entities/agenda.entity';

/**
 * The agenda of meeting two: the trainer's proposal (grouping and fitting), editing with and
 * without scripts, publishing with a mail to the participants, and the page, print view and
 * exports everyone enrolled reads.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Agenda, Case]), EnrolmentsModule, MailModule],
  controllers: [AgendaController, AgendaEditorController, AgendaBlocksController],
  providers: [
    AgendaRepository,
    AgendaSourcesRepository,
    AgendaAccess,
    AgendaLoader,
    AgendaEditorService,
    AgendaProposalService,
    AgendaPublishingService,
    AgendaReaderService,
    AgendaExportService,
    AgendaViews,
    AgendaWarmUp,
  ],
})
export class AgendaModule {}
