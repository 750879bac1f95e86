import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, type Language } from '../config/app-config';
import type { FieldErrors } from '../common/forms/parse-form';
import type { Edition } from '../editions/edition.entity';
import type { Theme } from '../themes/theme.entity';
import { ThemesRepository } from '../themes/themes.repository';
import { AttachmentsRepository } from './attachments.repository';
import { attachmentView, deadlineView, FindingView } from './case-views';
import { CASE_LIMITS } from './domain/case-fields';
import { defaultCaseDeadline } from './domain/deadline';
import type { Case } from './entities/case.entity';
import type { UploadProblem } from './upload/received-upload';

/** What a form page needs besides the values: the case it edits and what went wrong. */
export interface FormState {
  edition: Edition;
  /** The author's deadline, with any extension. */
  deadline: Date;
  case?: Case;
  /** Theme ids on the case now; removed themes among them stay offered so they can be unticked. */
  chosenThemeIds?: number[];
  values: Record<string, unknown>;
  errors?: FieldErrors;
  /** A message about the whole form, such as a passed deadline. */
  problem?: string;
  findings?: FindingView[];
  fingerprint?: string;
  canSubmit: boolean;
  canChangeAttachments?: boolean;
  uploadProblem?: UploadProblem;
}

/** Builds the model of views/cases/form.hbs, for a new case and for editing one. */
@Injectable()
export class CaseFormPages {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly themes: ThemesRepository,
    private readonly attachments: AttachmentsRepository,
  ) {}

  async build(state: FormState, lang: Language, now: Date) {
    const { edition, case: c } = state;
    const offered = await this.offeredThemes(edition.id, state.chosenThemeIds ?? []);
    const ticked = new Set(asList(state.values.themes));
    const attachments = c ? await this.attachments.findByCase(c.id) : [];
    return {
      edition,
      caseId: c?.id ?? null,
      status: c?.status ?? null,
      values: state.values,
      errors: state.errors,
      problem: state.problem,
      findings: state.findings,
      fingerprint: state.fingerprint ?? '',
      themeOptions: offered.map((t) => ({ id: String(t.id), name: t.name, description: t.description, checked: ticked.has(String(t.id)) })),
      limits: CASE_LIMITS,
      maxText: maxTexts(lang),
      deadline: deadlineView(state.deadline, defaultCaseDeadline(edition), now, lang),
      canSubmit: state.canSubmit,
      attachments: attachments.map((a) => attachmentView(a, lang)),
      canChangeAttachments: !!c && !!state.canChangeAttachments && attachments.length < this.config.uploadMaxFiles,
      canDeleteAttachments: !!c && !!state.canChangeAttachments,
      maxFiles: this.config.uploadMaxFiles,
      maxMb: Math.round(this.config.uploadMaxBytes / (1024 * 1024)),
      uploadProblem: state.uploadProblem,
    };
  }

  /** The active themes, and removed ones this case still has, in the trainer's order. */
  private async offeredThemes(editionId: number, chosen: number[]): Promise<Theme[]> {
    const active = await this.themes.findActive(editionId);
    const activeIds = new Set(active.map((t) => t.id));
    const removed = await this.themes.findByIds(chosen.filter((id) => !activeIds.has(id)));
    return [...active, ...removed.filter((t) => t.editionId === editionId)].sort((a, b) => a.position - b.position || a.id - b.id);
  }

  /** The theme ids a case may be given: the active themes, plus those it has already. */
  async allowedThemeIds(editionId: number, chosen: number[]): Promise<Set<number>> {
    const active = await this.themes.findActive(editionId);
    return new Set([...active.map((t) => t.id), ...chosen]);
  }
}

/** "5.000" in Dutch, "5,000" in English, for the hints that say how long a field may be. */
function maxTexts(lang: Language): Record<string, string> {
  const format = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB');
  return Object.fromEntries(Object.entries(CASE_LIMITS).map(([field, max]) => [field, format.format(max)]));
}

/** Checkbox values as a list of strings, whether none, one or several were sent. */
export function asList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}
