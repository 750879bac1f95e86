import { AgendaModel, caseIdsOf } from './agenda-model';
import { CaseInfo } from './agenda-document';
import { Schedule } from './schedule';

/** Something the trainer should know about the draft: a translation key and its values. */
export interface AgendaNotice {
  key: string;
  params: Record<string, string | number>;
}

export interface NoticeFacts {
  model: AgendaModel;
  /** Null when the agenda cannot be fitted (that problem is shown on its own). */
  schedule: Schedule | null;
  cases: ReadonlyMap<number, CaseInfo>;
  /** Every submitted case of the edition. */
  submittedIds: readonly number[];
  themes: ReadonlyMap<number, { name: string; removed: boolean }>;
}

/**
 * What changed around the agenda since it was made (cases withdrawn or newly submitted, themes
 * removed) and what the fitting had to do (tables, cases without time, blocks across a break).
 * Each case still has a place on the page; these only point at what needs a look.
 */
export function noticesFor(facts: NoticeFacts): AgendaNotice[] {
  const { model, schedule, cases } = facts;
  const notices: AgendaNotice[] = [];
  const known = new Set(caseIdsOf(model));
  if (facts.submittedIds.length === 0) notices.push({ key: 'agenda.notice.noCases', params: {} });
  for (const id of caseIdsOf(model)) {
    const info = cases.get(id);
    if (!info?.submitted) notices.push({ key: 'agenda.notice.withdrawn', params: { name: info?.authorName ?? '' } });
  }
  const fresh = facts.submittedIds.filter((id) => !known.has(id)).length;
  if (fresh > 0) notices.push({ key: fresh === 1 ? 'agenda.notice.newCase' : 'agenda.notice.newCases', params: { count: fresh } });
  for (const block of model.blocks) {
    const theme = block.themeId === null ? undefined : facts.themes.get(block.themeId);
    if (theme?.removed) notices.push({ key: 'agenda.notice.themeRemoved', params: { theme: theme.name, label: block.label } });
    if (!block.items.some((i) => cases.get(i.caseId)?.submitted)) notices.push({ key: 'agenda.notice.emptyBlock', params: { label: block.label } });
  }
  const { minMinutesPerCase: min, maxMinutesPerCase: max } = model.settings;
  for (const item of model.blocks.flatMap((b) => b.items)) {
    if (item.minutes === null || (item.minutes >= min && item.minutes <= max)) continue;
    const given = Math.min(max, Math.max(min, item.minutes));
    notices.push({ key: 'agenda.notice.minutesAdjusted', params: { title: cases.get(item.caseId)?.title ?? '', asked: item.minutes, given } });
  }
  if (schedule) notices.push(...scheduleNotices(model, schedule));
  return notices;
}

function scheduleNotices(model: AgendaModel, schedule: Schedule): AgendaNotice[] {
  const notices: AgendaNotice[] = [];
  if (schedule.tables > 1) notices.push({ key: 'agenda.notice.parallel', params: { tables: schedule.tables } });
  const count = schedule.unscheduled.length;
  if (count > 0) notices.push({ key: count === 1 ? 'agenda.notice.unscheduledOne' : 'agenda.notice.unscheduled', params: { count } });
  for (const block of model.blocks) {
    if (schedule.blockTimes.get(block.number)?.continuesAfterBreak) notices.push({ key: 'agenda.notice.continues', params: { label: block.label } });
  }
  return notices;
}
