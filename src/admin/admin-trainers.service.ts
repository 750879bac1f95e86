import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { NotFoundError } from '../common/errors/domain-errors';
import { parseForm } from '../common/forms/parse-form';
import { Transactions } from '../database/transactions';
import { Edition } from '../editions/edition.entity';
import { isValidSlug } from '../editions/edition-rules';
import { InvitationsService } from '../enrolments/invitations.service';
import { AdminPages, EditionPage } from './admin-pages';
import { requireEditionManager } from './admin-access';
import { AdminRepository } from './admin.repository';
import { TrainerForm } from './dto/edition.form';

export type TrainerOutcome = { ok: true; edition: Edition; name: string } | { ok: false; page: EditionPage };

/** Assigning trainers to an edition, by invitation. */
@Injectable()
export class AdminTrainersService {
  constructor(
    private readonly admin: AdminRepository,
    private readonly pages: AdminPages,
    private readonly invitations: InvitationsService,
    private readonly transactions: Transactions,
  ) {}

  /**
   * Invites a person as trainer: their account is made or found, and they get a single-use
   * link by mail. Someone who already takes part in the edition keeps the role they have.
   */
  async addTrainer(actor: Actor, slug: string, body: unknown): Promise<TrainerOutcome> {
    requireEditionManager(actor);
    const edition = isValidSlug(slug) ? await this.admin.findEditionBySlug(slug) : null;
    if (!edition) throw new NotFoundError();
    const form = parseForm(TrainerForm, body);
    if (!form.ok) {
      return { ok: false, page: await this.pages.editEdition(edition, { trainerValues: form.values, trainerErrors: form.errors }) };
    }
    const { email, name } = form.value;
    const outcome = await this.transactions.write((manager) =>
      this.invitations.invite(manager, edition, { email, name, role: 'trainer' }, actor),
    );
    if ('alreadyEnrolled' in outcome) {
      const key = `admin.trainers.already.${outcome.alreadyEnrolled.role}`;
      return { ok: false, page: await this.pages.editEdition(edition, { trainerValues: form.values, trainerErrors: { email: key } }) };
    }
    return { ok: true, edition, name: outcome.user.name };
  }
}
