import { placesLeft } from '../editions/edition-rules';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { hashToken, looksLikeToken, newToken } from '../auth/tokens';
import type { Language } from '../config/app-config';
import { NotFoundError } from '../common/errors/domain-errors';
import { FieldErrors, parseForm } from '../common/forms/parse-form';
import { Transactions } from '../database/transactions';
import { Edition } from '../editions/edition.entity';
import { isValidSlug } from '../editions/edition-rules';
import { canViewPublicPage } from '../editions/editions.policy';
import { EditionsRepository } from '../editions/editions.repository';
import { SignUp } from '../enrolments/sign-up.entity';
import { SignUpForm } from './dto/sign-up.form';
import { SignUpMails } from './sign-up-mails';
import { Placement, placeFor, WithdrawState, withdrawState } from './sign-up-rules';
import { canMoveUpWaiting, canSignUp } from './sign-ups.policy';
import { SignUpsRepository } from './sign-ups.repository';

export interface SignUpPage {
  edition: Edition;
  open: boolean;
  /** A new sign-up would join the waiting list. */
  full: boolean;
}

export type SignUpOutcome =
  | { kind: 'closed'; edition: Edition }
  | { kind: 'already'; edition: Edition }
  | ({ kind: 'invalid'; errors: FieldErrors; values: Record<string, unknown> } & SignUpPage)
  | { kind: 'done'; edition: Edition; status: Placement; place: number | null; email: string };

export interface WithdrawView {
  /** 'done': withdrawn by this request. */
  state: WithdrawState | 'unknown' | 'done';
  editionTitle?: string;
}

/**
 * Signing up for an open edition without an account, withdrawing with the link from the mail,
 * and moving the waiting list up. Every change that counts places runs with the edition locked
 * (see SignUpsRepository.lockEdition), so the last place is given once.
 */
@Injectable()
export class SignUpsService {
  constructor(
    private readonly editions: EditionsRepository,
    private readonly signUps: SignUpsRepository,
    private readonly mails: SignUpMails,
    private readonly transactions: Transactions,
  ) {}

  /** @throws NotFoundError for an edition that is not public. */
  async page(slug: string): Promise<SignUpPage> {
    const edition = await this.publicEdition(slug);
    if (!canSignUp(edition)) return { edition, open: false, full: false };
    const taken = await this.takenPlaces(undefined, edition.id);
    return { edition, open: true, full: placeFor(taken, edition.capacityMax) === 'waiting' };
  }

  /**
   * Stores a sign-up with a place for approval, or on the waiting list when the edition is
   * full, and queues the confirmation mail in the same transaction. A second sign-up with an
   * address that is still in the running, or of someone already enrolled, stores nothing.
   */
  async signUp(slug: string, body: unknown, language: Language): Promise<SignUpOutcome> {
    const page = await this.page(slug);
    const edition = page.edition;
    if (!page.open) return { kind: 'closed', edition };
    const form = parseForm(SignUpForm, body);
    if (!form.ok) return { kind: 'invalid', ...page, errors: form.errors, values: form.values };
    const fields = form.value;
    const { token, hash } = newToken();

    return this.transactions.write(async (m): Promise<SignUpOutcome> => {
      const current = await this.signUps.lockEdition(m, edition.id);
      if (!current || !canSignUp(current)) return { kind: 'closed', edition };
      const already =
        (await this.signUps.hasBlockingSignUp(m, current.id, fields.email)) ||
        (await this.signUps.hasCurrentEnrolment(m, current.id, fields.email));
      if (already) return { kind: 'already', edition: current };

      const status = placeFor(await this.takenPlaces(m, current.id), current.capacityMax);
      const place = status === 'waiting' ? (await this.signUps.countWithStatus(m, current.id, 'waiting')) + 1 : null;
      const signUp = await this.signUps.insert(m, {
        editionId: current.id,
        name: fields.name,
        email: fields.email,
        organisation: fields.organisation,
        jobTitle: fields.jobTitle,
        lunch: fields.lunch === 'ja',
        remarks: fields.remarks ?? '',
        language,
        status,
        withdrawTokenHash: hash,
      });
      await this.mails.received(m, current, signUp, place, token);
      return { kind: 'done', edition: current, status, place, email: fields.email };
    });
  }

  /** What the withdraw link leads to; anyone holding the link may use it. */
  async withdrawPage(token: string): Promise<WithdrawView> {
    const signUp = await this.byToken(token);
    if (!signUp) return { state: 'unknown' };
    const edition = await this.signUps.findEdition(signUp.editionId);
    return { state: withdrawState(signUp.status), editionTitle: edition?.title };
  }

  /**
   * Withdraws a sign-up that waits for a decision and gives a place it held to the waiting
   * list. A second try, or one after the decision, changes nothing and says why.
   */
  async withdraw(token: string, now = new Date()): Promise<WithdrawView> {
    const found = await this.byToken(token);
    if (!found) return { state: 'unknown' };
    return this.transactions.write(async (m) => {
      const edition = await this.signUps.lockEdition(m, found.editionId);
      const signUp = await this.signUps.findInEdition(m, found.editionId, found.id);
      if (!edition || !signUp) return { state: 'unknown' };
      const state = withdrawState(signUp.status);
      if (state !== 'valid') return { state, editionTitle: edition.title };
      await this.signUps.changeStatus(m, signUp.id, signUp.status, 'withdrawn', now);
      if (signUp.status === 'pending') await this.fillFreedPlaces(m, edition.id);
      return { state: 'done', editionTitle: edition.title };
    });
  }

  /**
   * Gives free places to the waiting list, first come first served: each moves to 'pending'
   * and is mailed that a place is free, pending approval. Call it inside the transaction that
   * freed a place (a withdrawal, a decline, a raised capacity); the caller has checked the
   * permission for that change. Returns the sign-ups that moved up.
   */
  async fillFreedPlaces(manager: EntityManager, editionId: number): Promise<SignUp[]> {
    const edition = await this.signUps.lockEdition(manager, editionId);
    if (!edition || !canMoveUpWaiting(edition)) return [];
    const free = placesLeft(edition, await this.takenPlaces(manager, editionId));
    if (free === 0) return [];
    const moved: SignUp[] = [];
    for (const signUp of await this.signUps.firstWaiting(manager, editionId, free)) {
      if (!(await this.signUps.changeStatus(manager, signUp.id, 'waiting', 'pending', null))) continue;
      await this.mails.movedUp(manager, edition, signUp);
      moved.push({ ...signUp, status: 'pending' });
    }
    return moved;
  }

  /** Participants holding a place plus sign-ups that hold one while they wait for approval. */
  async takenPlaces(manager: EntityManager | undefined, editionId: number): Promise<number> {
    return (await this.editions.countTakenPlaces([editionId], manager)).get(editionId) ?? 0;
  }

  private async publicEdition(slug: string): Promise<Edition> {
    const edition = isValidSlug(slug) ? await this.editions.findBySlug(slug) : null;
    if (!edition || !canViewPublicPage(edition)) throw new NotFoundError();
    return edition;
  }

  private byToken(token: string): Promise<SignUp | null> {
    return looksLikeToken(token) ? this.signUps.findByWithdrawHash(hashToken(token)) : Promise.resolve(null);
  }
}
