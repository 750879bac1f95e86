import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { NotFoundError } from '../common/errors/domain-errors';
import { type FieldErrors, parseForm } from '../common/forms/parse-form';
import { parseAmsterdamInput, toAmsterdam } from '../common/dates/amsterdam-time';
import type { Language } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { EnrolmentsRepository } from '../enrolments/enrolments.repository';
import { CaseProgressService } from './case-progress.service';
import { CaseSettingsRepository } from './case-settings.repository';
import { deadlineView } from './case-views';
import { ExtensionForm } from './dto/progress.forms';
import { defaultCaseDeadline } from './domain/deadline';

export type ExtensionOutcome = { ok: true; name: string } | { ok: false; page: Awaited<ReturnType<CaseExtensionsService['page']>> };

/** A later deadline for one participant, given by a trainer. */
@Injectable()
export class CaseExtensionsService {
  constructor(
    private readonly progress: CaseProgressService,
    private readonly enrolments: EnrolmentsRepository,
    private readonly settings: CaseSettingsRepository,
    private readonly transactions: Transactions,
  ) {}

  async page(actor: Actor, slug: string, enrolmentId: number, lang: Language, now = new Date(), form?: { values: Record<string, unknown>; errors: FieldErrors }) {
    const { edition, person } = await this.open(actor, slug, enrolmentId);
    const extension = await this.settings.extensionOf(person.id);
    const editionDeadline = defaultCaseDeadline(edition);
    return {
      edition,
      enrolmentId: person.id,
      name: person.user!.name,
      organisation: person.user!.organisation,
      editionDeadline: deadlineView(editionDeadline, editionDeadline, now, lang),
      extension: extension ? deadlineView(extension.until, editionDeadline, now, lang) : null,
      values: form?.values ?? inputValues(extension?.until ?? editionDeadline),
      errors: form?.errors,
    };
  }

  async give(actor: Actor, slug: string, enrolmentId: number, body: unknown, lang: Language, now = new Date()): Promise<ExtensionOutcome> {
    const { edition, person } = await this.open(actor, slug, enrolmentId);
    const form = parseForm(ExtensionForm, body);
    const refuse = async (errors: FieldErrors): Promise<ExtensionOutcome> => ({ ok: false, page: await this.page(actor, slug, enrolmentId, lang, now, { values: form.values, errors }) });
    if (!form.ok) return refuse(form.errors);
    const until = parseAmsterdamInput(form.value.date, form.value.time);
    if (!until) return refuse(form.value.date === '' ? { date: 'validation.date' } : { date: 'cases.extension.badMoment' });
    if (until.getTime() <= defaultCaseDeadline(edition).getTime()) return refuse({ date: 'cases.extension.notLater' });
    // After meeting two has started, a case can no longer be discussed there.
    if (until.getTime() > edition.meeting2Start.getTime()) return refuse({ date: 'cases.extension.tooLate' });
    await this.transactions.write((m) => this.settings.setExtension(m, person.id, until, actor.id));
    return { ok: true, name: person.user!.name };
  }

  async remove(actor: Actor, slug: string, enrolmentId: number): Promise<string> {
    const { person } = await this.open(actor, slug, enrolmentId);
    await this.transactions.write((m) => this.settings.removeExtension(m, person.id));
    return person.user!.name;
  }

  /** A participant of this edition who holds a place; anyone else is not found. */
  private async open(actor: Actor, slug: string, enrolmentId: number) {
    const { edition } = await this.progress.openForTrainer(actor, slug);
    const person = Number.isSafeInteger(enrolmentId) ? await this.enrolments.findById(enrolmentId) : null;
    if (!person || person.editionId !== edition.id || person.role !== 'participant' || person.status === 'withdrawn') throw new NotFoundError();
    return { edition, person };
  }
}

/** The values of the date and time inputs for a moment. */
function inputValues(moment: Date): { date: string; time: string } {
  const { year, month, day, hour, minute } = toAmsterdam(moment);
  const two = (n: number) => String(n).padStart(2, '0');
  return { date: `${year}-${two(month)}-${two(day)}`, time: `${two(hour)}:${two(minute)}` };
}
