import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { ForbiddenError } from '../common/errors/domain-errors';
import { parseForm } from '../common/forms/parse-form';
import type { Language } from '../config/app-config';
import { Transactions } from '../database/transactions';
import type { EditionAccess } from '../enrolments/edition-access';
import { UsersRepository } from '../users/users.repository';
import { CaseAccessService } from './case-access';
import { CaseLockedError } from './case-errors';
import { CaseFormPages, FormState } from './case-form-pages';
import { CaseSettingsRepository } from './case-settings.repository';
import { findingViews } from './case-views';
import { CaseVersionsRepository } from './case-versions.repository';
import { CasesRepository } from './cases.repository';
import { canEditCase, canSubmitCase, canWithdrawCase, canWriteCases, isAuthor } from './cases.policy';
import { CaseForm } from './dto/case.form';
import { caseTextOf, missingForSubmit, sameAsVersion } from './domain/case-fields';
import { checkCaseText, findingsFingerprint } from './domain/case-privacy';
import { isBeforeDeadline } from './domain/deadline';
import type { Case, CaseText } from './entities/case.entity';
import type { UploadProblem } from './upload/received-upload';

type FormPage = Awaited<ReturnType<CaseFormPages['build']>>;

export type SaveOutcome =
  | { ok: true; caseId: number; action: 'saved' | 'submitted' | 'unchanged' }
  | { ok: false; status: 409 | 422; page: FormPage };

/** Writing, submitting and withdrawing a case. Every check is on the server; the form only reflects it. */
@Injectable()
export class CaseWritingService {
  constructor(
    private readonly access: CaseAccessService,
    private readonly cases: CasesRepository,
    private readonly versions: CaseVersionsRepository,
    private readonly settings: CaseSettingsRepository,
    private readonly pages: CaseFormPages,
    private readonly users: UsersRepository,
    private readonly transactions: Transactions,
  ) {}

  /** The empty form, or null when the participant has all the cases this edition allows. */
  async newForm(actor: Actor, slug: string, lang: Language, now = new Date()): Promise<FormPage | null> {
    const access = await this.openForWriting(actor, slug);
    if (!(await this.mayStartAnother(access))) return null;
    const deadline = await this.access.deadlineOf(access.edition, access.enrolment);
    // Most cases come from the author's own organisation; the profile gives a head start.
    const organisation = (await this.users.findById(actor.id))?.organisation ?? '';
    return this.pages.build({ edition: access.edition, deadline, values: { organisation }, canSubmit: isBeforeDeadline(now, deadline) }, lang, now);
  }

  async editForm(actor: Actor, slug: string, caseId: number, lang: Language, uploadProblem?: UploadProblem, now = new Date()): Promise<FormPage> {
    const opened = await this.access.openCase(actor, slug, caseId, now);
    this.assertCanEdit(actor, opened.enrolment, opened.case, opened.open);
    const chosen = (await this.cases.themeIdsOf([caseId])).get(caseId)!;
    const values = { ...caseTextOf(opened.case), themes: chosen.map(String) };
    return this.pages.build(
      { ...opened, chosenThemeIds: chosen, values, canSubmit: opened.open, canChangeAttachments: true, uploadProblem },
      lang,
      now,
    );
  }

  async create(actor: Actor, slug: string, body: unknown, lang: Language, now = new Date()): Promise<SaveOutcome> {
    const access = await this.openForWriting(actor, slug);
    const deadline = await this.access.deadlineOf(access.edition, access.enrolment);
    const state: Omit<FormState, 'values'> = { edition: access.edition, deadline, canSubmit: isBeforeDeadline(now, deadline) };
    return this.write(access, undefined, state, body, lang, now);
  }

  async save(actor: Actor, slug: string, caseId: number, body: unknown, lang: Language, now = new Date()): Promise<SaveOutcome> {
    const opened = await this.access.openCase(actor, slug, caseId, now);
    this.assertCanEdit(actor, opened.enrolment, opened.case, opened.open);
    const chosen = (await this.cases.themeIdsOf([caseId])).get(caseId)!;
    const canSubmit = canSubmitCase(actor, opened.enrolment, opened.case, opened.open);
    return this.write(opened, opened.case, { ...opened, chosenThemeIds: chosen, canSubmit, canChangeAttachments: true }, body, lang, now);
  }

  async withdraw(actor: Actor, slug: string, caseId: number, now = new Date()): Promise<void> {
    const { enrolment, case: c, open } = await this.access.openCase(actor, slug, caseId, now);
    if (!isAuthor(actor, enrolment, c)) throw new ForbiddenError();
    if (!canWithdrawCase(actor, enrolment, c, open)) throw new CaseLockedError();
    await this.transactions.write((m) => this.cases.markWithdrawn(m, c.id, now));
  }

  private async write(access: EditionAccess, existing: Case | undefined, state: Omit<FormState, 'values'>, body: unknown, lang: Language, now: Date): Promise<SaveOutcome> {
    const form = parseForm(CaseForm, body);
    const refuse = async (status: 409 | 422, extra: Partial<FormState>): Promise<SaveOutcome> => ({
      ok: false,
      status,
      page: await this.pages.build({ ...state, values: form.values, ...extra }, lang, now),
    });
    if (!form.ok) return refuse(422, { errors: form.errors });
    const allowed = await this.pages.allowedThemeIds(access.edition.id, state.chosenThemeIds ?? []);
    const themeIds = [...new Set(form.value.themes.map(Number))];
    if (themeIds.some((id) => !allowed.has(id))) return refuse(422, { errors: { themes: 'validation.choose' } });
    const text = caseTextOf(form.value);
    const submit = form.value.actie === 'indienen';
    if (submit) {
      if (!state.canSubmit) return refuse(422, { problem: 'cases.form.deadlinePassed' });
      const missing = missingForSubmit(text, themeIds);
      if (!form.value.bevestiging) missing.bevestiging = 'cases.form.confirmRequired';
      if (Object.keys(missing).length > 0) return refuse(422, { errors: missing });
      const findings = checkCaseText(text);
      const fingerprint = findingsFingerprint(findings);
      if (findings.length > 0 && form.value.privacyGezien !== fingerprint) {
        return refuse(422, { findings: findingViews(findings, lang), fingerprint });
      }
    }
    const result = await this.transactions.write(async (m) => {
      const c = existing ?? (await this.start(m, access, text));
      if (!c) return null;
      if (existing) await this.cases.updateText(m, c.id, text);
      await this.cases.setThemes(m, c.id, themeIds);
      return { caseId: c.id, action: submit ? await this.submit(m, { ...c, ...text }, themeIds, now) : ('saved' as const) };
    });
    return result ? { ok: true, ...result } : refuse(409, { problem: 'cases.form.limitReached' });
  }

  /** A new case, unless the author already has as many as the edition allows (checked inside the transaction). */
  private async start(m: EntityManager, access: EditionAccess, text: CaseText): Promise<Case | null> {
    const count = await this.cases.countByAuthor(m, access.edition.id, access.actor.id);
    if (count >= (await this.settings.maxCases(access.edition.id, m))) return null;
    return this.cases.create(m, { editionId: access.edition.id, authorId: access.actor.id, ...text });
  }

  /** Hands in the working copy. A copy equal to the current version adds no version. */
  private async submit(m: EntityManager, c: Case, themeIds: number[], now: Date): Promise<'submitted' | 'unchanged'> {
    const current = c.currentVersionId ? await this.versions.findById(c.currentVersionId, m) : null;
    const currentThemes = current ? (await this.versions.themeIdsOf([current.id], m)).get(current.id)! : [];
    if (current && sameAsVersion(c, themeIds, current, currentThemes)) {
      if (c.status === 'submitted') return 'unchanged';
      await this.cases.markSubmitted(m, c, current.id, now);
      return 'submitted';
    }
    const version = await this.versions.create(m, c.id, caseTextOf(c), themeIds, now);
    await this.cases.markSubmitted(m, c, version.id, now);
    return 'submitted';
  }

  private async openForWriting(actor: Actor, slug: string): Promise<EditionAccess> {
    const access = await this.access.edition(actor, slug);
    if (!canWriteCases(actor, access.enrolment)) throw new ForbiddenError();
    return access;
  }

  private async mayStartAnother(access: EditionAccess): Promise<boolean> {
    const own = await this.cases.findByAuthor(access.edition.id, access.actor.id);
    return own.length < (await this.settings.maxCases(access.edition.id));
  }

  private assertCanEdit(actor: Actor, enrolment: EditionAccess['enrolment'], c: Case, open: boolean): void {
    if (canEditCase(actor, enrolment, c, open)) return;
    throw isAuthor(actor, enrolment, c) && canWriteCases(actor, enrolment) ? new CaseLockedError() : new ForbiddenError();
  }
}
