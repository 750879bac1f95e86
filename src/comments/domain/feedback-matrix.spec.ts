import { feedbackMatrix, MatrixInput } from './feedback-matrix';

const people = [
  { enrolmentId: 11, userId: 1, name: 'Anne', organisation: 'Gemeente Zeist' },
  { enrolmentId: 12, userId: 2, name: 'Bram', organisation: 'Gemeente Ede' },
  { enrolmentId: 13, userId: 3, name: 'Cas', organisation: 'gemeente  zeist' },
];
const cases = [
  { id: 100, title: 'Moestuin', authorId: 1, authorName: 'Anne', authorOrganisation: 'Gemeente Zeist' },
  { id: 200, title: 'Jongerenraad', authorId: 2, authorName: 'Bram', authorOrganisation: 'Gemeente Ede' },
];

describe('feedbackMatrix', () => {
  const input: MatrixInput = {
    participants: people,
    cases,
    assignments: [
      { enrolmentId: 11, caseId: 200 },
      { enrolmentId: 12, caseId: 100 },
      { enrolmentId: 13, caseId: 100 },
    ],
    counts: [
      { authorId: 2, caseId: 100, count: 2 },
      { authorId: 1, caseId: 100, count: 1 },
      { authorId: 9, caseId: 200, count: 1 },
    ],
    perParticipant: 2,
  };

  it('marks per person and case what was asked, what was written and their own case', () => {
    const matrix = feedbackMatrix(input);
    expect(matrix.rows.map((r) => [r.name, r.assigned, r.done, r.cells.map((c) => `${c.own ? 'eigen' : c.assigned ? 'opdracht' : '-'}:${c.count}`)])).toEqual([
      ['Anne', 1, 0, ['eigen:1', 'opdracht:0']],
      ['Bram', 1, 1, ['opdracht:2', 'eigen:0']],
      ['Cas', 1, 0, ['opdracht:0', '-:0']],
    ]);
  });

  it('counts what others wrote per case and lists the cases with few comments, fewest first', () => {
    const matrix = feedbackMatrix(input);
    expect(matrix.cases.map((c) => [c.title, c.total, c.reviewers])).toEqual([
      ['Moestuin', 2, 2],
      ['Jongerenraad', 1, 1],
    ]);
    expect(matrix.fewComments.map((c) => c.title)).toEqual(['Jongerenraad']);
  });

  it('warns about colleagues, people with fewer cases than asked, and uneven counts', () => {
    expect(feedbackMatrix(input).warnings).toEqual({
      sameOrganisation: [{ name: 'Cas', title: 'Moestuin' }],
      short: [
        { name: 'Anne', assigned: 1 },
        { name: 'Bram', assigned: 1 },
        { name: 'Cas', assigned: 1 },
      ],
      uneven: null,
    });
    const lopsided = feedbackMatrix({ ...input, cases: [...cases, { ...cases[1], id: 300, title: 'Derde' }], perParticipant: 1 });
    expect(lopsided.warnings.uneven).toEqual({ fewest: 0, most: 2 });
    expect(feedbackMatrix({ ...input, assignments: [] }).warnings).toEqual({ sameOrganisation: [], short: [], uneven: null });
  });
});
