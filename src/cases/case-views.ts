import type { Language } from '../config/app-config';
import type { Theme } from '../themes/theme.entity';
import { deadlineHint, isBeforeDeadline } from './domain/deadline';
import type { FieldFinding } from './domain/case-privacy';
import { formatFileSize } from './domain/file-size';
import { kindLabel } from './domain/privacy-guard';
import type { Attachment } from './entities/attachment.entity';

/*
 * Small pieces of the view models that several pages share. Text is translated in the
 * templates; what needs the person's language here (the deadline hint, file sizes) gets it.
 */

export interface DeadlineView {
  at: Date;
  /** "nog 3 dagen", "vandaag om 17.00 uur", "verlopen" */
  hint: string;
  open: boolean;
  extended: boolean;
}

export function deadlineView(deadline: Date, editionDeadline: Date, now: Date, lang: Language): DeadlineView {
  return {
    at: deadline,
    hint: deadlineHint(now, deadline, lang),
    open: isBeforeDeadline(now, deadline),
    extended: deadline.getTime() > editionDeadline.getTime(),
  };
}

export interface AttachmentView {
  id: number;
  displayName: string;
  kind: string;
  size: string;
}

export function attachmentView(attachment: Attachment, lang: Language): AttachmentView {
  return { id: attachment.id, displayName: attachment.displayName, kind: attachment.kind, size: formatFileSize(attachment.size, lang) };
}

/** Theme names in the order of the trainer's list; removed themes included, so a choice stays readable. */
export function themeNames(ids: readonly number[], themesById: ReadonlyMap<number, Theme>): string[] {
  return ids
    .map((id) => themesById.get(id))
    .filter((theme): theme is Theme => !!theme)
    .sort((a, b) => a.position - b.position || a.id - b.id)
    .map((theme) => theme.name);
}

export function byId(themes: readonly Theme[]): Map<number, Theme> {
  return new Map(themes.map((theme) => [theme.id, theme]));
}

export interface FindingView {
  field: string;
  line: number;
  column: number;
  kind: string;
  match: string;
}

export function findingViews(findings: readonly FieldFinding[], lang: Language): FindingView[] {
  return findings.map((f) => ({ field: f.field, line: f.line, column: f.column, kind: kindLabel(f.kind, lang), match: f.match }));
}
