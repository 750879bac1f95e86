import { placesLeft } from '../editions/edition-rules';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { ForbiddenError, NotFoundError } from '../common/errors/domain-errors';
import { isLanguage } from '../common/i18n/i18n';
import { Transactions } from '../database/transactions';
import { Edition } from '../editions/edition.entity';
import { isValidSlug } from '../editions/edition-rules';
import { EditionsRepository } from '../editions/editions.repository';
import { canDecideSignUps } from '../enrolments/enrolments.policy';
import { InvitationsService } from '../enrolments/invitations.service';
import { SignUp, SignUpStatus } from '../enrolments/sign-up.entity';
import { SignUpMails } from './sign-up-mails';
import { Decision, decisionProblem, isUndecided } from './sign-up-rules';
import { SignUpsRepository } from './sign-ups.repository';
import { SignUpsService } from './sign-ups.service';

export interface SignUpsOverview {
  edition: Edition;
  pending: SignUp[];
  /** In order; `place` counts from 1. */
  waiting: (SignUp & { place: number })[];
  /** Approved, declined and withdrawn, most recent decision first. */
  decided: SignUp[];
  taken: number;
  free: number;
}

export type DecisionOutcome =
  | { kind: 'approved' | 'alreadyEnrolled' | 'declined' | 'full'; name: string }
  | { kind: 'alreadyDecided'; name: string; status: SignUpStatus };

/** The coordinator's side: who signed up for an edition, and approving or declining them. */
@Injectable()
export class SignUpDecisionsService {
  constructor(
    private readonly editions: EditionsRepository,
    private readonly signUps: SignUpsRepository,
    private readonly places: SignUpsService,
    private readonly invitations: InvitationsService,
    private readonly mails: SignUpMails,
    private readonly transactions: Transactions,
  ) {}

  async overview(actor: Actor, slug: string): Promise<SignUpsOverview> {
    if (!canDecideSignUps(actor)) throw new ForbiddenError();
    const edition = await this.edition(slug);
    const all = await this.signUps.listForEdition(edition.id);
    const taken = await this.places.takenPlaces(undefined, edition.id);
    return {
      edition,
      pending: all.filter((s) => s.status === 'pending'),
      waiting: all.filter((s) => s.status === 'waiting').map((s, index) => ({ ...s, place: index + 1 })),
      decided: all.filter((s) => !isUndecided(s.status)).sort((a, b) => time(b.decidedAt) - time(a.decidedAt) || b.id - a.id),
      taken,
      free: placesLeft(edition, taken),
    };
  }

  /**
   * Approves (the person gets an invitation to the edition) or declines (a polite mail, and the
   * place goes to the waiting list), all in one transaction with the edition locked. Deciding a
   * second time changes nothing and says what was decided before.
   */
  async decide(actor: Actor, slug: string, signUpId: string, decision: Decision, now = new Date()): Promise<DecisionOutcome> {
    if (!canDecideSignUps(actor)) throw new ForbiddenError();
    const edition = await this.edition(slug);
    const id = /^\d{1,10}$/.test(signUpId) ? Number(signUpId) : NaN;
    if (Number.isNaN(id)) throw new NotFoundError();

    return this.transactions.write(async (m): Promise<DecisionOutcome> => {
      const current = (await this.signUps.lockEdition(m, edition.id)) ?? edition;
      const signUp = await this.signUps.findInEdition(m, edition.id, id);
      if (!signUp) throw new NotFoundError();
      const taken = await this.places.takenPlaces(m, edition.id);
      const problem = decisionProblem(signUp.status, decision, taken, current.capacityMax);
      if (problem === 'alreadyDecided') return { kind: problem, name: signUp.name, status: signUp.status };
      if (problem) return { kind: problem, name: signUp.name };

      const to = decision === 'approve' ? 'approved' : 'declined';
      // The lock makes this succeed; the check keeps a decision single should the lock ever be lost.
      if (!(await this.signUps.changeStatus(m, signUp.id, signUp.status, to, now))) {
        const again = await this.signUps.findInEdition(m, edition.id, id);
        return { kind: 'alreadyDecided', name: signUp.name, status: again?.status ?? to };
      }
      if (decision === 'decline') {
        await this.mails.declined(m, current, signUp);
        await this.places.fillFreedPlaces(m, edition.id);
        return { kind: 'declined', name: signUp.name };
      }
      const invited = await this.invitations.invite(
        m,
        current,
        {
          email: signUp.email,
          name: signUp.name,
          organisation: signUp.organisation,
          jobTitle: signUp.jobTitle,
          role: 'participant',
          lunch: signUp.lunch,
          language: isLanguage(signUp.language) ? signUp.language : undefined,
        },
        actor,
        now,
      );
      return { kind: 'alreadyEnrolled' in invited ? 'alreadyEnrolled' : 'approved', name: signUp.name };
    });
  }

  /** Coordinators see sign-ups of every edition they manage, in any status. */
  private async edition(slug: string): Promise<Edition> {
    const edition = isValidSlug(slug) ? await this.editions.findBySlug(slug) : null;
    if (!edition) throw new NotFoundError();
    return edition;
  }
}

function time(date: Date | null): number {
  return date ? new Date(date).getTime() : 0;
}
