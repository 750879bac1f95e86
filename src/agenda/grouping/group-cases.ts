import { assignToThemes } from './assign';
import { clusterByText } from './by-clusters';
import { buildCorpus, Corpus } from './corpus';
import { pickedThemes, resolveThemes, Theme } from './themes';
import { CaseInput, GroupingAssignment, GroupingBlock, GroupingInput, GroupingResult } from './types';

export type { GroupingInput, GroupingResult } from './types';

/** The block for cases the text gives nothing to go on; always last. */
export const REST_LABEL = 'Overige casussen';

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * Proposes blocks of cases that belong together for the agenda of meeting two.
 *
 * With a theme list (or themes the authors picked) every case goes to one theme: the author's
 * pick decides, the text chooses among several picks, and a case without a pick goes to the theme
 * its text is nearest to. Without any theme the portal forms its own groups from the text and
 * names each by its most telling words.
 *
 * Pure and deterministic: the cases are sorted by id first, so the order they come in does not
 * matter; each case id is placed exactly once (of cases sharing an id, the first by id, title and
 * text counts); empty blocks are left out.
 */
export function groupCases(input: GroupingInput): GroupingResult {
  const cases = prepareCases(input.cases ?? []);
  const themes = resolveThemes(Array.isArray(input.themes) ? input.themes : undefined, cases);
  if (cases.length === 0) return { blocks: [], assignments: [] };
  const corpus = buildCorpus(cases);
  if (themes.length === 0) return byText(corpus, cases);
  // Without a list of its own, the edition's themes are the ones its authors picked.
  const hasList = themes.some((t) => !t.extra);
  return byThemes(corpus, cases, themes, hasList);
}

function byThemes(corpus: Corpus, cases: CaseInput[], themes: Theme[], hasList: boolean): GroupingResult {
  const picked = cases.map((c) => pickedThemes(c, themes));
  const placements = assignToThemes(corpus, cases, themes, picked);
  const assignments: GroupingAssignment[] = placements.map((p, i) => ({
    caseId: cases[i].id,
    theme: p.theme === null ? null : themes[p.theme].name,
    confidence: p.confidence,
    because: hasList ? withExtraNote(p.because, p.theme === null ? undefined : themes[p.theme]) : p.because,
  }));
  const blocks: GroupingBlock[] = themes.map((theme) => ({ label: theme.name, theme: theme.name, caseIds: [] }));
  const rest: string[] = [];
  placements.forEach((p, i) => (p.theme === null ? rest : blocks[p.theme].caseIds).push(cases[i].id));
  const filled = blocks.filter((b) => b.caseIds.length > 0);
  if (rest.length) filled.push({ label: REST_LABEL, theme: null, caseIds: rest });
  return { blocks: filled, assignments };
}

function withExtraNote(because: string[], theme: Theme | undefined): string[] {
  if (!theme?.extra) return because;
  return [...because, `Thema "${theme.name}" staat niet in de themalijst en is als extra blok toegevoegd`];
}

function byText(corpus: Corpus, cases: CaseInput[]): GroupingResult {
  const usable = cases.map((_, i) => i).filter((i) => corpus.vectors[i].idx.length > 0);
  const clusters = usable.length > 0 ? clusterByText(corpus, usable) : [];
  const placed = new Map<number, GroupingAssignment>();
  const blocks: GroupingBlock[] = clusters.map((cluster) => {
    for (const c of cluster.members) {
      const p = cluster.placements.get(c) ?? { confidence: 0, because: [] };
      placed.set(c, { caseId: cases[c].id, theme: null, ...p });
    }
    return { label: cluster.label || REST_LABEL, theme: null, caseIds: cluster.members.map((c) => cases[c].id) };
  });
  blocks.sort((a, b) => collator.compare(a.label, b.label) || compareIds(a.caseIds[0], b.caseIds[0]));
  distinguishSameLabels(blocks);
  const rest = cases.map((_, i) => i).filter((i) => !placed.has(i));
  for (const c of rest) {
    const because = ['Geen themalijst', 'Geen woorden gevonden om de casus mee te vergelijken'];
    placed.set(c, { caseId: cases[c].id, theme: null, confidence: 0, because });
  }
  if (rest.length) blocks.push({ label: REST_LABEL, theme: null, caseIds: rest.map((c) => cases[c].id) });
  const assignments = [...placed.entries()].sort((a, b) => a[0] - b[0]).map(([, a]) => a);
  return { blocks, assignments };
}

/** Two groups named alike would confuse; number the later ones. */
function distinguishSameLabels(blocks: GroupingBlock[]): void {
  const seen = new Map<string, number>();
  for (const block of blocks) {
    const count = (seen.get(block.label) ?? 0) + 1;
    seen.set(block.label, count);
    if (count > 1) block.label = `${block.label} (${count})`;
  }
}

/** Sorted by id (then title and text, so doubles resolve the same way whatever the order). */
function prepareCases(raw: CaseInput[]): CaseInput[] {
  const cases = raw.map((c) => ({
    id: String(c.id),
    title: typeof c.title === 'string' ? c.title : '',
    text: typeof c.text === 'string' ? c.text : '',
    themes: Array.isArray(c.themes) ? c.themes.filter((t): t is string => typeof t === 'string') : [],
  }));
  cases.sort((a, b) => compareIds(a.id, b.id) || compareIds(a.title, b.title) || compareIds(a.text, b.text));
  return cases.filter((c, i) => i === 0 || c.id !== cases[i - 1].id);
}

/** Plain code-unit order: the same on every machine and locale. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
