import { GroupingInput, ThemeInput } from '../grouping/types';

/**
 * Checks that parsed JSON has the shape of a grouping input, and says in Dutch where it does
 * not (`cases[2].title: moet tekst zijn`). Unknown fields are ignored, so a file exported with
 * more fields per case can be used as it is.
 */
export function validateGroupingInput(value: unknown): { input: GroupingInput } | { problems: string[] } {
  const problems: string[] = [];
  if (!isObject(value)) return { problems: ['de invoer moet een JSON-object zijn met "cases" (en eventueel "themes")'] };

  let themes: ThemeInput[] | undefined;
  if (value.themes !== undefined) {
    if (!Array.isArray(value.themes)) problems.push('themes: moet een lijst zijn');
    else themes = value.themes.filter((theme, i) => checkTheme(theme, `themes[${i}]`, problems));
  }

  if (!Array.isArray(value.cases)) {
    problems.push('cases: moet een lijst van casussen zijn');
    return { problems };
  }
  const ids = new Set<string>();
  value.cases.forEach((c: unknown, i: number) => {
    const where = `cases[${i}]`;
    if (!isObject(c)) return problems.push(`${where}: moet een object zijn met id, title en text`);
    if (typeof c.id !== 'string' || c.id.trim() === '') problems.push(`${where}.id: moet een niet-lege tekst zijn`);
    else if (ids.has(c.id)) problems.push(`${where}.id: "${c.id}" komt vaker voor; elk id mag maar één keer`);
    else ids.add(c.id);
    if (typeof c.title !== 'string') problems.push(`${where}.title: moet tekst zijn`);
    if (typeof c.text !== 'string') problems.push(`${where}.text: moet tekst zijn`);
    if (c.themes !== undefined && !isStringList(c.themes)) problems.push(`${where}.themes: moet een lijst van teksten zijn`);
  });
  return problems.length > 0 ? { problems } : { input: { themes, cases: value.cases as GroupingInput['cases'] } };
}

function checkTheme(theme: unknown, where: string, problems: string[]): theme is ThemeInput {
  if (typeof theme === 'string') {
    if (theme.trim() === '') problems.push(`${where}: mag niet leeg zijn`);
    return theme.trim() !== '';
  }
  if (!isObject(theme) || typeof theme.name !== 'string' || theme.name.trim() === '') {
    problems.push(`${where}: moet een naam zijn, of een object met "name" (en eventueel "description" en "keywords")`);
    return false;
  }
  if (theme.description !== undefined && typeof theme.description !== 'string') {
    problems.push(`${where}.description: moet tekst zijn`);
    return false;
  }
  if (theme.keywords !== undefined && !isStringList(theme.keywords)) {
    problems.push(`${where}.keywords: moet een lijst van teksten zijn`);
    return false;
  }
  return true;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
