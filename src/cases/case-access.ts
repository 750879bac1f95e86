import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { NotFoundError } from '../common/errors/domain-errors';
import type { Edition } from '../editions/edition.entity';
import { EditionAccess, EditionAccessService } from '../enrolments/edition-access';
import type { Enrolment } from '../enrolments/enrolment.entity';
import { CaseSettingsRepository } from './case-settings.repository';
import { CasesRepository } from './cases.repository';
import { canViewCase, isAuthor } from './cases.policy';
import { defaultCaseDeadline, effectiveDeadline, isBeforeDeadline } from './domain/deadline';
import type { Case } from './entities/case.entity';

export interface OpenCase extends EditionAccess {
  /** With its author and current version. */
  case: Case;
  /** The author's own deadline, with any extension. */
  deadline: Date;
  /** Whether that deadline has not passed yet. */
  open: boolean;
}

/**
 * Opens an edition and one of its cases for a person. A case they may not see gets the same
 * 404 as a case that does not exist, so changing the number in the address reveals nothing.
 */
@Injectable()
export class CaseAccessService {
  constructor(
    private readonly editions: EditionAccessService,
    private readonly cases: CasesRepository,
    private readonly settings: CaseSettingsRepository,
  ) {}

  edition(actor: Actor, slug: string): Promise<EditionAccess> {
    return this.editions.open(actor, slug);
  }

  async openCase(actor: Actor, slug: string, caseId: number, now: Date): Promise<OpenCase> {
    const access = await this.editions.open(actor, slug);
    const found = Number.isSafeInteger(caseId) ? await this.cases.findForPage(caseId) : null;
    if (!found || found.editionId !== access.edition.id || !canViewCase(actor, access.enrolment, found)) throw new NotFoundError();
    // Only the author's own deadline matters for what they may do; others cannot change the case.
    const deadline = isAuthor(actor, access.enrolment, found)
      ? await this.deadlineOf(access.edition, access.enrolment)
      : defaultCaseDeadline(access.edition);
    return { ...access, case: found, deadline, open: isBeforeDeadline(now, deadline) };
  }

  /** The edition's case deadline, moved later by this person's extension if they have one. */
  async deadlineOf(edition: Edition, enrolment: Enrolment | undefined): Promise<Date> {
    const extension = enrolment ? await this.settings.extensionOf(enrolment.id) : null;
    return effectiveDeadline(defaultCaseDeadline(edition), extension?.until);
  }
}
