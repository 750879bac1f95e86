import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Not, Repository } from 'typeorm';
import { Edition } from '../editions/edition.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import { SignUp, SignUpStatus } from '../enrolments/sign-up.entity';
import { BLOCKING_STATUSES } from './sign-up-rules';

export type NewSignUp = Pick<
  SignUp,
  'editionId' | 'name' | 'email' | 'organisation' | 'jobTitle' | 'lunch' | 'remarks' | 'language' | 'status' | 'withdrawTokenHash'
>;

/** Creation order: the order of the waiting list. */
const IN_ORDER = { createdAt: 'ASC', id: 'ASC' } as const;

@Injectable()
export class SignUpsRepository {
  constructor(@InjectRepository(SignUp) private readonly signUps: Repository<SignUp>) {}

  /**
   * Reads the edition inside a write and, on PostgreSQL, locks its row until the transaction
   * ends, so that two sign-ups or decisions for one edition count places one after the other.
   * SQLite has no row locks and needs none: Transactions runs its writes one at a time.
   */
  lockEdition(manager: EntityManager, editionId: number): Promise<Edition | null> {
    const lock = manager.connection.options.type === 'postgres' ? { lock: { mode: 'pessimistic_write' as const } } : {};
    return manager.findOne(Edition, { where: { id: editionId }, ...lock });
  }

  countWithStatus(manager: EntityManager | undefined, editionId: number, status: SignUpStatus): Promise<number> {
    return (manager ?? this.signUps.manager).count(SignUp, { where: { editionId, status } });
  }

  /** A sign-up with this address that is still in the running (pending, waiting or approved). */
  hasBlockingSignUp(manager: EntityManager, editionId: number, email: string): Promise<boolean> {
    return manager.exists(SignUp, { where: { editionId, email, status: In([...BLOCKING_STATUSES]) } });
  }

  /** Someone with an account at this address who already has a place in the edition, in any role. */
  hasCurrentEnrolment(manager: EntityManager, editionId: number, email: string): Promise<boolean> {
    return manager.exists(Enrolment, { where: { editionId, status: Not('withdrawn'), user: { email } } });
  }

  async insert(manager: EntityManager, fields: NewSignUp): Promise<SignUp> {
    return manager.save(SignUp, manager.create(SignUp, { ...fields, decidedAt: null }));
  }

  findInEdition(manager: EntityManager, editionId: number, id: number): Promise<SignUp | null> {
    return manager.findOne(SignUp, { where: { id, editionId } });
  }

  findByWithdrawHash(tokenHash: string): Promise<SignUp | null> {
    return this.signUps.findOne({ where: { withdrawTokenHash: tokenHash } });
  }

  findEdition(id: number): Promise<Edition | null> {
    return this.signUps.manager.findOne(Edition, { where: { id } });
  }

  /** All sign-ups of an edition in creation order, for the coordinator's page (one query). */
  listForEdition(editionId: number): Promise<SignUp[]> {
    return this.signUps.find({ where: { editionId }, order: IN_ORDER });
  }

  firstWaiting(manager: EntityManager, editionId: number, count: number): Promise<SignUp[]> {
    return manager.find(SignUp, { where: { editionId, status: 'waiting' }, order: IN_ORDER, take: count });
  }

  /**
   * Moves a sign-up on only from the status the caller saw; false when another request changed
   * it first, so a double click or two coordinators at once cannot decide twice.
   */
  async changeStatus(manager: EntityManager, id: number, from: SignUpStatus, to: SignUpStatus, decidedAt: Date | null): Promise<boolean> {
    const result = await manager.update(SignUp, { id, status: from }, { status: to, decidedAt });
    return (result.affected ?? 0) === 1;
  }
}
