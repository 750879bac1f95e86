/*
 * The trainer's view of the feedback: who commented on which case, who was asked to, and
 * which cases still have few comments. Pure: the service loads the rows, this counts them.
 */

export interface MatrixPerson {
  enrolmentId: number;
  userId: number;
  name: string;
  organisation: string;
}

export interface MatrixCase {
  id: number;
  title: string;
  authorId: number;
  authorName: string;
  authorOrganisation: string;
}

export interface MatrixInput {
  participants: readonly MatrixPerson[];
  cases: readonly MatrixCase[];
  assignments: readonly { enrolmentId: number; caseId: number }[];
  /** Shown public comments (replies included) per writer and case. */
  counts: readonly { authorId: number; caseId: number; count: number }[];
  /** Cases each participant is asked for; also the number of comments a case should at least get. */
  perParticipant: number;
}

export interface MatrixCell {
  caseId: number;
  own: boolean;
  assigned: boolean;
  count: number;
}

export function feedbackMatrix(input: MatrixInput) {
  const count = new Map(input.counts.map((c) => [`${c.authorId}:${c.caseId}`, c.count]));
  const assigned = new Set(input.assignments.map((a) => `${a.enrolmentId}:${a.caseId}`));
  const rows = input.participants.map((p) => {
    const cells: MatrixCell[] = input.cases.map((c) => ({
      caseId: c.id,
      own: c.authorId === p.userId,
      assigned: assigned.has(`${p.enrolmentId}:${c.id}`),
      count: count.get(`${p.userId}:${c.id}`) ?? 0,
    }));
    const mine = cells.filter((cell) => cell.assigned);
    return { ...p, cells, assigned: mine.length, done: mine.filter((cell) => cell.count > 0).length };
  });
  // Feedback is what others wrote: the author's own answers under their case do not count.
  const totals = new Map(input.cases.map((c) => [c.id, input.counts.filter((n) => n.caseId === c.id && n.authorId !== c.authorId).reduce((s, n) => s + n.count, 0)]));
  const cases = input.cases.map((c) => ({ ...c, total: totals.get(c.id)!, reviewers: input.assignments.filter((a) => a.caseId === c.id).length }));
  const loads = cases.map((c) => c.reviewers);
  const organisationOf = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
  return {
    rows,
    cases,
    fewComments: cases.filter((c) => c.total < input.perParticipant).sort((a, b) => a.total - b.total || a.id - b.id),
    assignedAny: input.assignments.length > 0,
    warnings: {
      sameOrganisation: rows.flatMap((row) =>
        input.cases
          .filter((c) => assigned.has(`${row.enrolmentId}:${c.id}`) && row.organisation !== '' && organisationOf(row.organisation) === organisationOf(c.authorOrganisation))
          .map((c) => ({ name: row.name, title: c.title })),
      ),
      short: input.assignments.length === 0 ? [] : rows.filter((row) => row.assigned < input.perParticipant).map((row) => ({ name: row.name, assigned: row.assigned })),
      uneven: input.assignments.length > 0 && loads.length > 0 && Math.max(...loads) - Math.min(...loads) > 1 ? { fewest: Math.min(...loads), most: Math.max(...loads) } : null,
    },
  };
}

export type FeedbackMatrix = ReturnType<typeof feedbackMatrix>;
