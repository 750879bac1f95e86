import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { Edition } from '../../src/editions/edition.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { PreparationAnswer } from '../../src/preparation/entities/preparation-answer.entity';
import { PreparationFile } from '../../src/preparation/entities/preparation-file.entity';
import { PreparationQuestion } from '../../src/preparation/entities/preparation-question.entity';
import { PreparationQuestionVersion } from '../../src/preparation/entities/preparation-question-version.entity';
import { PreparationResponse, ResponseStatus } from '../../src/preparation/entities/preparation-response.entity';
import { PreparationSettings } from '../../src/preparation/entities/preparation-settings.entity';

/** The material, deadline and reminder of an edition's preparation; pass what the test is about. */
export async function setPreparation(dataSource: DataSource, edition: Edition, fields: Partial<PreparationSettings> = {}): Promise<PreparationSettings> {
  return dataSource.getRepository(PreparationSettings).save({
    editionId: edition.id,
    material: 'Lees het artikel over de buurtaanpak in Zaandam.',
    articleTitle: 'De buurt aan zet',
    articleUrl: 'https://example.org/buurt-aan-zet',
    deadline: null,
    reminderDays: 3,
    sharedAt: null,
    ...fields,
  });
}

/** A question at the end of the edition's list, with its first version. */
export async function addQuestion(dataSource: DataSource, edition: Edition, fields: Partial<PreparationQuestion> = {}): Promise<PreparationQuestion> {
  const position = (await dataSource.getRepository(PreparationQuestion).countBy({ editionId: edition.id })) + 1;
  const question = await dataSource.getRepository(PreparationQuestion).save({
    editionId: edition.id,
    position,
    version: 1,
    text: `Vraag ${position}`,
    hint: '',
    required: true,
    maxLength: 1500,
    removedAt: null,
    ...fields,
  });
  await dataSource.getRepository(PreparationQuestionVersion).save({
    questionId: question.id,
    number: question.version,
    text: question.text,
    hint: question.hint,
    required: question.required,
    maxLength: question.maxLength,
  });
  return question;
}

/** A participant's response with answers to the given questions (at their current version). */
export async function answer(
  dataSource: DataSource,
  enrolment: Enrolment,
  status: ResponseStatus,
  answers: [PreparationQuestion, string][],
  submittedAt: Date | null = status === 'submitted' ? new Date('2030-09-10T08:00:00Z') : null,
): Promise<PreparationResponse> {
  const response = await dataSource.getRepository(PreparationResponse).save({ editionId: enrolment.editionId, enrolmentId: enrolment.id, status, submittedAt });
  for (const [question, text] of answers) {
    await dataSource.getRepository(PreparationAnswer).save({ responseId: response.id, questionId: question.id, questionVersion: question.version, text });
  }
  return response;
}

/** A small PDF with the material, on disk in the upload folder and in the database. */
export async function addMaterialFile(dataSource: DataSource, edition: Edition, uploadDir: string): Promise<PreparationFile> {
  const content = Buffer.from('%PDF-1.4\n%%EOF\n');
  const storedName = randomBytes(16).toString('hex');
  fs.mkdirSync(path.join(uploadDir, 'preparation'), { recursive: true });
  fs.writeFileSync(path.join(uploadDir, 'preparation', storedName), content);
  return dataSource.getRepository(PreparationFile).save({
    editionId: edition.id,
    storedName,
    displayName: 'Artikel.pdf',
    mime: 'application/pdf',
    kind: 'pdf',
    size: content.length,
    sha256: '0'.repeat(64),
    uploadedById: null,
  });
}
