import { isEmail } from 'class-validator';
import { parseCsv } from '../common/csv/dutch-csv';

export interface InviteRow {
  /** Line in the list as the person sees it, counting from 1. */
  line: number;
  name: string;
  email: string;
  organisation: string;
  /** Translation keys of what is wrong with this row; empty when it can be invited. */
  problems: string[];
}

export const MAX_LIST_ROWS = 200;

/**
 * Reads a pasted or uploaded list "name;e-mail;organisation" (semicolons or commas, a header
 * row allowed) and says per row what is wrong, so a trainer can fix just those rows.
 */
export function readInviteList(text: string): InviteRow[] {
  const rows = parseCsv(text.trim());
  const result: InviteRow[] = [];
  const seen = new Set<string>();
  rows.forEach((cells, index) => {
    const [name = '', email = '', organisation = ''] = cells.map((c) => c.trim());
    if (cells.every((c) => c.trim() === '')) return;
    if (index === 0 && /e-?mail/i.test(email) && !email.includes('@')) return;
    const problems: string[] = [];
    const address = email.toLowerCase();
    if (name === '') problems.push('people.list.noName');
    if (name.length > 120) problems.push('people.list.nameTooLong');
    if (!isEmail(address)) problems.push('people.list.badEmail');
    else if (seen.has(address)) problems.push('people.list.duplicate');
    if (cells.length > 3) problems.push('people.list.tooManyColumns');
    seen.add(address);
    result.push({ line: index + 1, name, email: address, organisation, problems });
  });
  return result;
}
