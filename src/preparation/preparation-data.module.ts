import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnswersRepository } from './answers.repository';
import { PreparationAnswer } from './entities/preparation-answer.entity';
import { PreparationQuestion } from './entities/preparation-question.entity';
import { PreparationQuestionVersion } from './entities/preparation-question-version.entity';
import { PreparationResponse } from './entities/preparation-response.entity';
import { PreparationSettings } from './entities/preparation-settings.entity';
import { PreparationStatusReader } from './preparation-status';
import { QuestionsRepository } from './questions.repository';

/**
 * The preparation's data, and the status "Mijn leerateliers" shows. Global so that the people
 * feature can ask for the status without importing the whole preparation feature (its
 * controllers and the reminder job); PreparationModule imports it once.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([PreparationSettings, PreparationQuestion, PreparationQuestionVersion, PreparationResponse, PreparationAnswer])],
  providers: [QuestionsRepository, AnswersRepository, PreparationStatusReader],
  exports: [QuestionsRepository, AnswersRepository, PreparationStatusReader],
})
export class PreparationDataModule {}
