import type { CaseText } from '../../cases/entities/case.entity';
import { GroupingInput, GroupingResult } from '../grouping/types';
import { AgendaModel, cloneModel, emptyModel, LIMITS } from './agenda-model';

/** A submitted case as the grouping reads it: the current version's text and the themes picked. */
export interface CaseForGrouping {
  id: number;
  title: string;
  /** The text fields of the current version, in form order. */
  fields: string[];
  themeIds: number[];
}

export interface ThemeForGrouping {
  id: number;
  name: string;
  description: string;
  /** Comma-separated, as the trainer typed them. */
  keywords: string;
  removed: boolean;
}

/**
 * The grouping's input. Only themes still on the list count: a pick of a removed theme would
 * otherwise become a block of its own, so such a case is placed by its text instead.
 */
export function groupingInput(cases: CaseForGrouping[], themes: ThemeForGrouping[]): GroupingInput {
  const active = themes.filter((t) => !t.removed);
  const names = new Map(active.map((t) => [t.id, t.name]));
  return {
    themes: active.map((t) => ({ name: t.name, description: t.description, keywords: splitKeywords(t.keywords) })),
    cases: cases.map((c) => ({
      id: String(c.id),
      title: c.title,
      text: c.fields.filter((f) => f.trim() !== '').join('\n\n'),
      themes: c.themeIds.map((id) => names.get(id)).filter((n): n is string => n !== undefined),
    })),
  };
}

function splitKeywords(keywords: string): string[] {
  return keywords
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '');
}

/**
 * The agenda from a grouping: a block per proposed group, in the grouping's order, each case
 * with the proposal's confidence and reasons. Settings, breaks and rooms of an agenda made
 * before are kept; its blocks and left-out cases are replaced.
 */
export function modelFromGrouping(grouping: GroupingResult, themes: ThemeForGrouping[], before?: AgendaModel): AgendaModel {
  const model = before ? { ...cloneModel(before), blocks: [], leftOut: [] } : emptyModel();
  const themeIds = new Map(themes.filter((t) => !t.removed).map((t) => [t.name, t.id]));
  const assignments = new Map(grouping.assignments.map((a) => [a.caseId, a]));
  model.blocks = grouping.blocks.map((block, index) => ({
    number: index + 1,
    label: block.label.slice(0, LIMITS.label),
    themeId: block.theme === null ? null : (themeIds.get(block.theme) ?? null),
    // The grouping orders ids as text ("10" before "9"); the trainer expects the order of submission.
    items: [...block.caseIds].sort((a, b) => Number(a) - Number(b)).map((caseId) => {
      const assignment = assignments.get(caseId);
      return {
        caseId: Number(caseId),
        minutes: null,
        confidence: assignment ? Math.round(assignment.confidence * 100) : null,
        because: assignment?.because ?? [],
      };
    }),
  }));
  return model;
}

/**
 * The text the grouping reads besides the title: the fields that say what the case is about,
 * the author's own theme last. The organisation is left out: it is mostly the name of a
 * municipality, which says nothing about the subject and would only make cases look alike.
 */
export function caseTextFields(version: CaseText): string[] {
  return [version.context, version.situation, version.involved, version.tried, version.question, version.otherTheme];
}
