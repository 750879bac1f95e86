import type { Language } from '../config/app-config';
import { deadlineHint } from '../cases/domain/deadline';
import { formatFileSize } from '../cases/domain/file-size';
import type { PreparationFile } from './entities/preparation-file.entity';
import type { PreparationAnswer } from './entities/preparation-answer.entity';
import type { PreparationQuestion } from './entities/preparation-question.entity';
import type { PreparationQuestionVersion } from './entities/preparation-question-version.entity';
import type { PreparationResponse } from './entities/preparation-response.entity';
import type { PreparationSettings } from './entities/preparation-settings.entity';

/*
 * Pieces of the view models that several pages share. Text is translated in the templates;
 * only what needs the person's language here (the deadline hint, file sizes) gets it.
 */

export type PreparationStatus = 'notStarted' | 'draft' | 'submitted';

export interface DeadlineView {
  at: Date;
  /** "nog 3 dagen", "vandaag om 17.00 uur", "verlopen" */
  hint: string;
  open: boolean;
}

export function deadlineView(deadline: Date, open: boolean, now: Date, lang: Language): DeadlineView {
  return { at: deadline, hint: deadlineHint(now, deadline, lang), open };
}

export function statusOf(response: Pick<PreparationResponse, 'status'> | null | undefined): PreparationStatus {
  return response ? response.status : 'notStarted';
}

/** Plain text as paragraphs: a blank line starts a new one; single line breaks stay (CSS pre-line). */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

export interface MaterialView {
  paragraphs: string[];
  articleTitle: string;
  articleUrl: string;
  hasAny: boolean;
}

export function materialView(settings: PreparationSettings | null): MaterialView {
  const view = {
    paragraphs: paragraphs(settings?.material ?? ''),
    articleTitle: settings?.articleTitle || settings?.articleUrl || '',
    articleUrl: settings?.articleUrl ?? '',
  };
  return { ...view, hasAny: view.paragraphs.length > 0 || view.articleUrl !== '' };
}

/** The wording an answer was given to, when the question has changed since. */
export interface EarlierVersion {
  number: number;
  text: string;
}

export type VersionIndex = ReadonlyMap<string, PreparationQuestionVersion>;

export function versionIndex(versions: readonly PreparationQuestionVersion[]): VersionIndex {
  return new Map(versions.map((v) => [`${v.questionId}:${v.number}`, v]));
}

export function earlierVersion(question: Pick<PreparationQuestion, 'id' | 'version'>, answer: Pick<PreparationAnswer, 'questionVersion'> | undefined, versions: VersionIndex): EarlierVersion | undefined {
  if (!answer || answer.questionVersion === question.version) return undefined;
  const version = versions.get(`${question.id}:${answer.questionVersion}`);
  return { number: answer.questionVersion, text: version?.text ?? '' };
}

export interface FileView {
  id: number;
  displayName: string;
  kind: string;
  size: string;
}

export function fileView(file: PreparationFile, lang: Language): FileView {
  return { id: file.id, displayName: file.displayName, kind: file.kind, size: formatFileSize(file.size, lang) };
}
