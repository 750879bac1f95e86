import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { FeedbackAssignment } from './entities/feedback-assignment.entity';

export type NewAssignment = Pick<FeedbackAssignment, 'editionId' | 'enrolmentId' | 'caseId' | 'createdAt'>;

/** Who is asked to give feedback on which case. */
@Injectable()
export class FeedbackRepository {
  constructor(@InjectRepository(FeedbackAssignment) private readonly assignments: Repository<FeedbackAssignment>) {}

  findByEdition(editionId: number): Promise<FeedbackAssignment[]> {
    return this.assignments.find({ where: { editionId }, order: { enrolmentId: 'ASC', caseId: 'ASC' } });
  }

  findByEnrolment(enrolmentId: number): Promise<FeedbackAssignment[]> {
    return this.assignments.find({ where: { enrolmentId }, order: { caseId: 'ASC' } });
  }

  /** A new allocation takes the place of the previous one as a whole. */
  async replaceForEdition(manager: EntityManager, editionId: number, rows: NewAssignment[]): Promise<void> {
    await manager.delete(FeedbackAssignment, { editionId });
    // In chunks: SQLite allows a limited number of parameters per statement.
    for (let i = 0; i < rows.length; i += 100) await manager.insert(FeedbackAssignment, rows.slice(i, i + 100));
  }
}
