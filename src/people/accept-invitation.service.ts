import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { passwordProblem } from '../auth/password-rules';
import { hashPassword } from '../auth/passwords';
import { type FieldErrors, parseForm } from '../common/forms/parse-form';
import { Transactions } from '../database/transactions';
import { Enrolment } from '../enrolments/enrolment.entity';
import { EnrolmentsRepository } from '../enrolments/enrolments.repository';
import { InvitationState } from '../enrolments/invitation-rules';
import { InvitationsRepository } from '../enrolments/invitations.repository';
import { InvitationsService } from '../enrolments/invitations.service';
import { User } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import { AcceptForm } from './dto/people.forms';

export type InvitationPage =
  | { state: Exclude<InvitationState, 'valid'>; canRenew: boolean }
  | { state: 'valid'; enrolment: Enrolment; user: User; needsPassword: boolean; otherAccountLoggedIn: boolean };

export type AcceptOutcome =
  | { ok: true; userId: number; slug: string }
  | { ok: false; page: InvitationPage; errors?: FieldErrors; values?: Record<string, unknown> };

/**
 * Accepting an invitation. Someone new sets their profile and password on the page the link
 * opens; someone with an account logs in first, as that account, and then accepts.
 */
@Injectable()
export class AcceptInvitationService {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly invitationRows: InvitationsRepository,
    private readonly enrolments: EnrolmentsRepository,
    private readonly users: UsersRepository,
    private readonly transactions: Transactions,
  ) {}

  async page(token: string, actor: Actor | undefined, now = new Date()): Promise<InvitationPage> {
    const { state, enrolmentId } = await this.invitations.stateOf(token, now);
    if (state !== 'valid') return { state, canRenew: state === 'expired' };
    const enrolment = (await this.enrolments.findById(enrolmentId!))!;
    const user = enrolment.user!;
    return {
      state,
      enrolment,
      user,
      needsPassword: !user.passwordHash,
      otherAccountLoggedIn: !!actor && actor.id !== user.id,
    };
  }

  async accept(token: string, body: unknown, actor: Actor | undefined, now = new Date()): Promise<AcceptOutcome> {
    const page = await this.page(token, actor, now);
    if (page.state !== 'valid') return { ok: false, page };
    const { invitationId } = await this.invitations.stateOf(token, now);
    let profile: Partial<User> = {};
    if (page.needsPassword) {
      const form = parseForm(AcceptForm, body);
      if (!form.ok) return { ok: false, page, errors: form.errors, values: form.values };
      const problem = passwordProblem(form.value.password, page.user.email);
      const errors: FieldErrors = {};
      if (problem) errors.password = `auth.passwordRule.${problem}`;
      else if (form.value.password !== form.value.passwordAgain) errors.passwordAgain = 'auth.passwordRule.different';
      if (Object.keys(errors).length > 0) return { ok: false, page, errors, values: { ...form.values, password: '', passwordAgain: '' } };
      profile = { name: form.value.name, organisation: form.value.organisation, jobTitle: form.value.jobTitle, passwordHash: await hashPassword(form.value.password) };
    } else if (!actor || actor.id !== page.user.id) {
      // An existing account must be logged in as itself: the link alone does not log anyone in.
      return { ok: false, page };
    }
    const accepted = await this.transactions.write(async (m) => {
      if (!(await this.invitationRows.use(m, invitationId!, now))) return false;
      await this.enrolments.update(m, page.enrolment.id, { status: 'active', lastVisitAt: now });
      await this.users.update(m, page.user.id, { ...profile, lastLoginAt: now });
      return true;
    });
    if (!accepted) return { ok: false, page: { state: 'used', canRenew: false } };
    return { ok: true, userId: page.user.id, slug: page.enrolment.edition!.slug };
  }

  /** A fresh link, mailed to the invited address, for an invitation that expired unused. */
  async renew(token: string, now = new Date()): Promise<boolean> {
    const { state, enrolmentId } = await this.invitations.stateOf(token, now);
    if (state !== 'expired') return false;
    const enrolment = (await this.enrolments.findById(enrolmentId!))!;
    if (enrolment.status !== 'invited') return false;
    await this.transactions.write((m) => this.invitations.resend(m, enrolment.edition!, enrolment, enrolment.user!, undefined, now));
    return true;
  }
}
