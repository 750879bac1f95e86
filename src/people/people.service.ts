import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { ForbiddenError, NotFoundError } from '../common/errors/domain-errors';
import { toDutchCsv } from '../common/csv/dutch-csv';
import { formatDateTime } from '../common/dates/format-dates';
import { type FormResult, fieldError, parseForm } from '../common/forms/parse-form';
import { translate } from '../common/i18n/i18n';
import type { Language } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { EditionAccess, EditionAccessService } from '../enrolments/edition-access';
import { Enrolment } from '../enrolments/enrolment.entity';
import { canManageEditions, canManagePeople } from '../enrolments/enrolments.policy';
import { EnrolmentsRepository } from '../enrolments/enrolments.repository';
import { InvitationsService } from '../enrolments/invitations.service';
import { PreparationStatusReader } from '../preparation/preparation-status';
import { SignUpsService } from '../sign-ups/sign-ups.service';
import { InviteForm, InviteListForm } from './dto/people.forms';
import { InviteRow, MAX_LIST_ROWS, readInviteList } from './invite-list';
import { nextSteps, NextStep } from './next-steps';

export interface MyEdition {
  enrolment: Enrolment;
  steps: NextStep[];
}

export interface ListReportRow extends InviteRow {
  outcome: 'invited' | 'already' | 'problem';
}

@Injectable()
export class PeopleService {
  constructor(
    private readonly access: EditionAccessService,
    private readonly enrolments: EnrolmentsRepository,
    private readonly invitations: InvitationsService,
    private readonly transactions: Transactions,
    private readonly signUps: SignUpsService,
    private readonly preparation: PreparationStatusReader,
  ) {}

  /** "Mijn leerateliers": every edition of the person with their role and what to do next. */
  async myEditions(actor: Actor, now = new Date()): Promise<MyEdition[]> {
    const enrolments = await this.enrolments.findCurrentOfUser(actor.id);
    const preparation = await this.preparation.summaries(enrolments, now);
    return enrolments.map((enrolment) => ({ enrolment, steps: nextSteps(enrolment.edition!, enrolment.role, now, preparation.get(enrolment.id)) }));
  }

  async peoplePage(actor: Actor, slug: string) {
    const access = await this.openForPeople(actor, slug);
    const people = await this.enrolments.findPeople(access.edition.id);
    const participants = people.filter((p) => p.role === 'participant' && p.status !== 'withdrawn').length;
    return { edition: access.edition, people, participants, canInviteTrainers: canManageEditions(actor) };
  }

  async exportCsv(actor: Actor, slug: string, lang: Language): Promise<{ filename: string; csv: string }> {
    const access = await this.openForPeople(actor, slug);
    const people = await this.enrolments.findPeople(access.edition.id);
    const t = (key: string) => translate(lang, key);
    const header = ['name', 'email', 'organisation', 'jobTitle', 'role', 'status', 'lunch', 'lastVisit'].map((k) => t(`people.column.${k}`));
    const rows = people.map((p) => [
      p.user!.name,
      p.user!.email,
      p.user!.organisation,
      p.user!.jobTitle,
      t(`people.role.${p.role}`),
      t(`people.status.${p.status}`),
      t(p.lunch ? 'people.yes' : 'people.no'),
      p.lastVisitAt ? formatDateTime(p.lastVisitAt, lang) : '',
    ]);
    return { filename: `deelnemers-${access.edition.slug}.csv`, csv: toDutchCsv(header, rows) };
  }

  async inviteOne(actor: Actor, slug: string, body: unknown, lang: Language): Promise<FormResult<InviteForm> & { edition?: EditionAccess['edition'] }> {
    const access = await this.openForPeople(actor, slug);
    const form = parseForm(InviteForm, body);
    if (!form.ok) return form;
    if (form.value.role === 'trainer' && !canManageEditions(actor)) throw new ForbiddenError();
    const outcome = await this.transactions.write((m) =>
      this.invitations.invite(m, access.edition, { ...form.value, language: lang }, actor),
    );
    if ('alreadyEnrolled' in outcome) return fieldError('email', 'people.alreadyEnrolled', form.values);
    return { ...form, edition: access.edition };
  }

  /** Invites every good row of a list in one transaction, and reports on every row. */
  async inviteList(actor: Actor, slug: string, body: unknown, uploaded: string | undefined, lang: Language) {
    const access = await this.openForPeople(actor, slug);
    const form = parseForm(InviteListForm, body);
    if (!form.ok) return { edition: access.edition, report: [] as ListReportRow[], tooLong: false, values: form.values };
    const rows = readInviteList(uploaded ?? form.value.list);
    if (rows.length > MAX_LIST_ROWS) return { edition: access.edition, report: [], tooLong: true, values: form.values };
    const report = await this.transactions.write(async (m) => {
      const done: ListReportRow[] = [];
      for (const row of rows) {
        if (row.problems.length > 0) {
          done.push({ ...row, outcome: 'problem' });
          continue;
        }
        const invitee = { name: row.name, email: row.email, organisation: row.organisation, role: form.value.role, language: lang };
        const outcome = await this.invitations.invite(m, access.edition, invitee, actor);
        done.push({ ...row, outcome: 'alreadyEnrolled' in outcome ? 'already' : 'invited' });
      }
      return done;
    });
    return { edition: access.edition, report, tooLong: false, values: form.values };
  }

  async resendInvitation(actor: Actor, slug: string, enrolmentId: number): Promise<string> {
    const { access, enrolment } = await this.enrolmentInEdition(actor, slug, enrolmentId);
    if (enrolment.status !== 'invited') throw new ForbiddenError();
    await this.transactions.write((m) => this.invitations.resend(m, access.edition, enrolment, enrolment.user!, actor));
    return enrolment.user!.name;
  }

  async withdraw(actor: Actor, slug: string, enrolmentId: number): Promise<string> {
    const { enrolment } = await this.enrolmentInEdition(actor, slug, enrolmentId);
    await this.transactions.write(async (m) => {
      await this.enrolments.update(m, enrolment.id, { status: 'withdrawn' });
      // A participant's place is free again: the first on the waiting list moves up.
      if (enrolment.role === 'participant') await this.signUps.fillFreedPlaces(m, enrolment.editionId);
    });
    return enrolment.user!.name;
  }

  private async openForPeople(actor: Actor, slug: string): Promise<EditionAccess> {
    const access = await this.access.open(actor, slug);
    if (!canManagePeople(actor, access.enrolment)) throw new ForbiddenError();
    return access;
  }

  private async enrolmentInEdition(actor: Actor, slug: string, enrolmentId: number) {
    const access = await this.openForPeople(actor, slug);
    const enrolment = Number.isSafeInteger(enrolmentId) ? await this.enrolments.findById(enrolmentId) : null;
    if (!enrolment || enrolment.editionId !== access.edition.id) throw new NotFoundError();
    return { access, enrolment };
  }
}
