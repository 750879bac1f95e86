import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { Invitation } from './invitation.entity';

@Injectable()
export class InvitationsRepository {
  constructor(@InjectRepository(Invitation) private readonly invitations: Repository<Invitation>) {}

  findByTokenHash(tokenHash: string): Promise<Invitation | null> {
    return this.invitations.findOneBy({ tokenHash });
  }

  /** Makes a new link for an enrolment and retires the ones sent before. */
  async createFor(manager: EntityManager, fields: Pick<Invitation, 'enrolmentId' | 'tokenHash' | 'expiresAt' | 'invitedById'>, now: Date): Promise<void> {
    await manager.update(Invitation, { enrolmentId: fields.enrolmentId, usedAt: IsNull(), retiredAt: IsNull() }, { retiredAt: now });
    await manager.insert(Invitation, { ...fields, usedAt: null, retiredAt: null });
  }

  /** Uses a link once; false when another request used it first. */
  async use(manager: EntityManager, id: number, at: Date): Promise<boolean> {
    const result = await manager.update(Invitation, { id, usedAt: IsNull(), retiredAt: IsNull() }, { usedAt: at });
    return (result.affected ?? 0) === 1;
  }
}
