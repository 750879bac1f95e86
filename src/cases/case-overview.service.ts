import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { ForbiddenError } from '../common/errors/domain-errors';
import type { Language } from '../config/app-config';
import { ThemesRepository } from '../themes/themes.repository';
import { CaseAccessService } from './case-access';
import { CaseSettingsRepository } from './case-settings.repository';
import { byId, deadlineView, themeNames } from './case-views';
import { CaseVersionsRepository } from './case-versions.repository';
import { CasesRepository } from './cases.repository';
import { canEditCase, canFollowCaseProgress, canReadCases, canWithdrawCase, canWriteCases } from './cases.policy';
import { CASE_COMMENT_COUNTS, type CaseCommentCounts } from './comment-counts';
import { defaultCaseDeadline } from './domain/deadline';
import type { CaseStatus } from './entities/case.entity';

export type CaseSort = 'ingediend' | 'titel';
/** A theme id, or "anders" for cases with an "other" theme. */
export interface OverviewQuery {
  thema?: unknown;
  sorteer?: unknown;
}

export interface CaseCard {
  id: number;
  title: string;
  authorName: string;
  organisation: string;
  themes: string[];
  otherTheme: string;
  firstSubmittedAt: Date;
  versionNumber: number;
  revisedAt: Date | null;
  commentCount: number;
}

export interface MyCase {
  id: number;
  title: string;
  status: CaseStatus;
  versionNumber: number | null;
  updatedAt: Date;
  canEdit: boolean;
  canWithdraw: boolean;
}

const titleOrder = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** The edition's case overview and "Mijn casus". */
@Injectable()
export class CaseOverviewService {
  constructor(
    private readonly access: CaseAccessService,
    private readonly cases: CasesRepository,
    private readonly versions: CaseVersionsRepository,
    private readonly themes: ThemesRepository,
    private readonly settings: CaseSettingsRepository,
    @Inject(CASE_COMMENT_COUNTS) private readonly comments: CaseCommentCounts,
  ) {}

  /** A fixed number of queries however many cases there are; filtering and sorting happen here, for Dutch title order. */
  async overview(actor: Actor, slug: string, query: OverviewQuery, lang: Language, now = new Date()) {
    const { edition, enrolment } = await this.access.edition(actor, slug);
    if (!canReadCases(actor, enrolment)) throw new ForbiddenError();
    const cases = await this.cases.findSubmittedByEdition(edition.id);
    const themes = await this.themes.findAllOfEdition(edition.id);
    const versionThemes = await this.versions.themeIdsOf(cases.map((c) => c.currentVersionId!));
    const comments = await this.comments.countFor(cases.map((c) => c.id));
    const themesById = byId(themes);
    const filter = typeof query.thema === 'string' ? query.thema : '';
    const sort: CaseSort = query.sorteer === 'titel' ? 'titel' : 'ingediend';
    const cards: CaseCard[] = cases
      .filter((c) => filter === '' || (filter === 'anders' ? c.currentVersion!.otherTheme !== '' : versionThemes.get(c.currentVersionId!)!.includes(Number(filter))))
      .map((c) => {
        const version = c.currentVersion!;
        return {
          id: c.id,
          title: version.title,
          authorName: c.author!.name,
          organisation: version.organisation,
          themes: themeNames(versionThemes.get(version.id)!, themesById),
          otherTheme: version.otherTheme,
          firstSubmittedAt: c.firstSubmittedAt!,
          versionNumber: version.number,
          revisedAt: version.number > 1 ? version.submittedAt : null,
          commentCount: comments.get(c.id) ?? 0,
        };
      })
      .sort((a, b) => (sort === 'titel' ? titleOrder.compare(a.title, b.title) : a.firstSubmittedAt.getTime() - b.firstSubmittedAt.getTime()) || a.id - b.id);
    const writes = canWriteCases(actor, enrolment);
    const deadline = writes ? await this.access.deadlineOf(edition, enrolment) : defaultCaseDeadline(edition);
    return {
      edition,
      cards,
      total: cases.length,
      sort,
      filter,
      themeOptions: themes.filter((t) => !t.removedAt).map((t) => ({ id: String(t.id), name: t.name, selected: String(t.id) === filter })),
      deadline: deadlineView(deadline, defaultCaseDeadline(edition), now, lang),
      canWrite: writes,
      canFollow: canFollowCaseProgress(actor, enrolment),
    };
  }

  /** "Mijn casus": the author's cases with what they can do with each, and whether a new one is allowed. */
  async mine(actor: Actor, slug: string, lang: Language, now = new Date()) {
    const { edition, enrolment } = await this.access.edition(actor, slug);
    if (!canWriteCases(actor, enrolment)) throw new ForbiddenError();
    const own = await this.cases.findByAuthor(edition.id, actor.id);
    const max = await this.settings.maxCases(edition.id);
    const deadline = await this.access.deadlineOf(edition, enrolment);
    const view = deadlineView(deadline, defaultCaseDeadline(edition), now, lang);
    const cases: MyCase[] = own.map((c) => ({
      id: c.id,
      title: c.title,
      status: c.status,
      versionNumber: c.currentVersion?.number ?? null,
      updatedAt: c.updatedAt,
      canEdit: canEditCase(actor, enrolment, c, view.open),
      canWithdraw: canWithdrawCase(actor, enrolment, c, view.open),
    }));
    return { edition, cases, deadline: view, max, canStartNew: own.length < max };
  }
}
