import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { hashToken, looksLikeToken, newToken } from '../auth/tokens';
import { APP_CONFIG, type AppConfig, type Language } from '../config/app-config';
import type { Edition } from '../editions/edition.entity';
import { MailService } from '../mail/mail.service';
import { User } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import { Enrolment, EnrolmentRole } from './enrolment.entity';
import { EnrolmentsRepository } from './enrolments.repository';
import { INVITATION_VALID_MS, invitationState, InvitationState } from './invitation-rules';
import { InvitationsRepository } from './invitations.repository';

export interface Invitee {
  email: string;
  name: string;
  organisation?: string;
  jobTitle?: string;
  role: EnrolmentRole;
  lunch?: boolean;
  /** For a new account: the language of the mail and of the account. */
  language?: Language;
}

export type InviteOutcome = { enrolment: Enrolment; user: User; link: string } | { alreadyEnrolled: Enrolment };

/**
 * Invitations: a person gets an enrolment (status "invited") and a single-use link by mail.
 * An existing account with that address is linked instead of making a second one. Callers
 * check the permission and run this inside their own transaction.
 */
@Injectable()
export class InvitationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly enrolments: EnrolmentsRepository,
    private readonly invitations: InvitationsRepository,
    private readonly mail: MailService,
  ) {}

  async invite(manager: EntityManager, edition: Edition, invitee: Invitee, invitedBy: Actor | undefined, now = new Date()): Promise<InviteOutcome> {
    const email = invitee.email.trim().toLowerCase();
    let user = await manager.findOneBy(User, { email });
    if (!user) {
      user = await this.users.create(manager, {
        email,
        name: invitee.name,
        organisation: invitee.organisation ?? '',
        jobTitle: invitee.jobTitle ?? '',
        language: invitee.language ?? this.config.defaultLanguage,
        passwordHash: null,
      });
    }
    const existing = await manager.findOneBy(Enrolment, { editionId: edition.id, userId: user.id });
    if (existing && existing.status !== 'withdrawn') return { alreadyEnrolled: existing };
    let enrolment: Enrolment;
    if (existing) {
      await this.enrolments.update(manager, existing.id, { status: 'invited', role: invitee.role, lunch: invitee.lunch ?? existing.lunch });
      enrolment = { ...existing, status: 'invited', role: invitee.role };
    } else {
      enrolment = await this.enrolments.create(manager, { editionId: edition.id, userId: user.id, role: invitee.role, lunch: invitee.lunch });
    }
    const link = await this.sendLink(manager, edition, enrolment, user, invitedBy, now);
    return { enrolment, user, link };
  }

  /** A new link for someone invited before; the old link stops working. */
  async resend(manager: EntityManager, edition: Edition, enrolment: Enrolment, user: User, invitedBy: Actor | undefined, now = new Date()): Promise<string> {
    return this.sendLink(manager, edition, enrolment, user, invitedBy, now);
  }

  async stateOf(token: string, now = new Date()): Promise<{ state: InvitationState; enrolmentId?: number; invitationId?: number }> {
    const invitation = looksLikeToken(token) ? await this.invitations.findByTokenHash(hashToken(token)) : null;
    return { state: invitationState(invitation, now), enrolmentId: invitation?.enrolmentId, invitationId: invitation?.id };
  }

  private async sendLink(manager: EntityManager, edition: Edition, enrolment: Enrolment, user: User, invitedBy: Actor | undefined, now: Date): Promise<string> {
    const { token, hash } = newToken();
    const expiresAt = new Date(now.getTime() + INVITATION_VALID_MS);
    await this.invitations.createFor(manager, { enrolmentId: enrolment.id, tokenHash: hash, expiresAt, invitedById: invitedBy?.id ?? null }, now);
    const link = `${this.config.baseUrl}/uitnodiging/${token}`;
    await this.mail.queue(
      {
        to: { address: user.email, name: user.name },
        lang: user.language,
        template: 'invitation',
        model: { name: user.name, editionTitle: edition.title, role: enrolment.role, link, expiresAt, meeting1Start: edition.meeting1Start, invitedBy: invitedBy?.name ?? null },
      },
      manager,
    );
    return link;
  }
}
