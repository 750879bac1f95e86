import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { NotFoundError } from '../common/errors/domain-errors';
import { translate } from '../common/i18n/i18n';
import type { Language } from '../config/app-config';
import { ThemesRepository } from '../themes/themes.repository';
import { AttachmentsRepository } from './attachments.repository';
import { CaseAccessService, OpenCase } from './case-access';
import { attachmentView, byId, deadlineView, themeNames } from './case-views';
import { CaseVersionsRepository } from './case-versions.repository';
import { CasesRepository } from './cases.repository';
import { canEditCase, canWithdrawCase, isAuthor } from './cases.policy';
import { caseTextOf, sameAsVersion } from './domain/case-fields';
import { defaultCaseDeadline } from './domain/deadline';
import { CaseVersionText, diffCaseVersions } from './domain/version-diff';
import type { CaseVersion } from './entities/case-version.entity';

export interface CompareQuery {
  van?: unknown;
  naar?: unknown;
}

/** The case page, an earlier version, and what changed between two versions. */
@Injectable()
export class CaseReadingService {
  constructor(
    private readonly access: CaseAccessService,
    private readonly cases: CasesRepository,
    private readonly versions: CaseVersionsRepository,
    private readonly attachments: AttachmentsRepository,
    private readonly themes: ThemesRepository,
  ) {}

  async casePage(actor: Actor, slug: string, caseId: number, lang: Language, now = new Date()) {
    return this.page(await this.access.openCase(actor, slug, caseId, now), undefined, lang, now);
  }

  async versionPage(actor: Actor, slug: string, caseId: number, number: number, lang: Language, now = new Date()) {
    return this.page(await this.access.openCase(actor, slug, caseId, now), number, lang, now);
  }

  async comparePage(actor: Actor, slug: string, caseId: number, query: CompareQuery, lang: Language, now = new Date()) {
    const { edition, case: c } = await this.access.openCase(actor, slug, caseId, now);
    const versions = await this.versions.findByCase(c.id);
    const base = { edition, caseId: c.id, title: c.currentVersion?.title ?? c.title };
    if (versions.length < 2) return { ...base, versions: [], diffs: null };
    const pick = (value: unknown, fallback: CaseVersion) => versions.find((v) => String(v.number) === value) ?? fallback;
    const from = pick(query.van, versions[versions.length - 2]);
    const to = pick(query.naar, versions[versions.length - 1]);
    const themeIds = await this.versions.themeIdsOf([from.id, to.id]);
    const themesById = byId(await this.themes.findAllOfEdition(edition.id));
    const textOf = (v: CaseVersion): CaseVersionText => {
      const other = v.otherTheme ? [translate(lang, 'cases.show.otherThemeItem', { name: v.otherTheme })] : [];
      return { ...caseTextOf(v), themes: [...themeNames(themeIds.get(v.id)!, themesById), ...other] };
    };
    const diffs = diffCaseVersions(textOf(from), textOf(to));
    return {
      ...base,
      versions: versions.map((v) => ({ number: v.number, submittedAt: v.submittedAt, isFrom: v.id === from.id, isTo: v.id === to.id })),
      from: { number: from.number, submittedAt: from.submittedAt },
      to: { number: to.number, submittedAt: to.submittedAt },
      diffs,
      anyChange: diffs.some((d) => d.changed),
    };
  }

  /**
   * Others read the current version. The author reads the working copy while the case is a draft
   * or withdrawn, and otherwise the version the others see, with a note when the working copy differs.
   */
  private async page(opened: OpenCase, versionNumber: number | undefined, lang: Language, now: Date) {
    const { actor, edition, enrolment, case: c } = opened;
    const author = isAuthor(actor, enrolment, c);
    const versions = await this.versions.findByCase(c.id);
    const chosen = versionNumber === undefined ? undefined : versions.find((v) => v.number === versionNumber);
    if (versionNumber !== undefined && !chosen) throw new NotFoundError();
    const current = versions.find((v) => v.id === c.currentVersionId) ?? null;
    const shown = chosen ?? (author && c.status !== 'submitted' ? null : current);
    const versionThemes = await this.versions.themeIdsOf([shown?.id, current?.id].filter((id): id is number => id !== undefined));
    const workingThemes = author ? (await this.cases.themeIdsOf([c.id])).get(c.id)! : [];
    const themesById = byId(await this.themes.findAllOfEdition(edition.id));
    const attachments = await this.attachments.findByCase(c.id);
    const unsubmittedChanges =
      author && !chosen && c.status === 'submitted' && !!current && !sameAsVersion(c, workingThemes, current, versionThemes.get(current.id)!);
    return {
      edition,
      caseId: c.id,
      status: c.status,
      isAuthor: author,
      author: { name: c.author!.name, organisation: c.author!.organisation, jobTitle: c.author!.jobTitle },
      text: caseTextOf(shown ?? c),
      themes: themeNames(shown ? versionThemes.get(shown.id)! : workingThemes, themesById),
      shown: shown ? { number: shown.number, submittedAt: shown.submittedAt } : null,
      isOldVersion: !!chosen && chosen.id !== c.currentVersionId,
      latestNumber: current?.number ?? null,
      firstSubmittedAt: c.firstSubmittedAt,
      versions: [...versions].reverse().map((v) => ({ number: v.number, submittedAt: v.submittedAt, isShown: v.id === shown?.id })),
      canCompare: versions.length >= 2,
      attachments: attachments.map((a) => attachmentView(a, lang)),
      canEdit: canEditCase(actor, enrolment, c, opened.open),
      canWithdraw: canWithdrawCase(actor, enrolment, c, opened.open),
      deadline: author ? deadlineView(opened.deadline, defaultCaseDeadline(edition), now, lang) : null,
      unsubmittedChanges,
    };
  }
}
