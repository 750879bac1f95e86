import type { Enrolment } from '../enrolments/enrolment.entity';
import type { User } from '../users/user.entity';
import { buildOverview } from './answer-overview';
import type { PreparationAnswer } from './entities/preparation-answer.entity';
import type { PreparationQuestion } from './entities/preparation-question.entity';
import type { PreparationResponse } from './entities/preparation-response.entity';
import { versionIndex } from './preparation-views';

describe('buildOverview', () => {
  const person = (id: number, name: string, role: Enrolment['role'] = 'participant', status: Enrolment['status'] = 'active') =>
    ({ id, role, status, user: { name, organisation: `Gemeente ${name}`, jobTitle: 'Adviseur' } as User }) as Enrolment;
  const question = (id: number, text: string, fields: Partial<PreparationQuestion> = {}) =>
    ({ id, text, hint: '', version: 1, removedAt: null, ...fields }) as PreparationQuestion;
  const response = (id: number, enrolmentId: number, status: PreparationResponse['status']) =>
    ({ id, enrolmentId, status, submittedAt: status === 'submitted' ? new Date('2030-09-10T10:00:00Z') : null }) as PreparationResponse;
  const answer = (responseId: number, questionId: number, text: string, questionVersion = 1) => ({ responseId, questionId, text, questionVersion }) as PreparationAnswer;

  const overview = buildOverview({
    questions: [
      question(1, 'Wat wil je leren?', { version: 2 }),
      question(2, 'Weggehaalde vraag', { removedAt: new Date('2030-09-01T10:00:00Z') }),
      question(3, 'Wie werkt al met je samen?'),
    ],
    versions: versionIndex([
      { id: 1, questionId: 1, number: 1, text: 'Wat wil je weten?' },
      { id: 2, questionId: 1, number: 2, text: 'Wat wil je leren?' },
    ] as never),
    people: [person(10, 'Bram'), person(11, 'Anne'), person(12, 'Cees'), person(13, 'Trainer', 'trainer'), person(14, 'Dirk', 'participant', 'withdrawn')],
    responses: [response(100, 10, 'submitted'), response(101, 11, 'submitted'), response(102, 12, 'draft')],
    answers: [answer(100, 1, 'Inwoners betrekken', 1), answer(100, 2, 'Oud antwoord'), answer(101, 1, 'Samenwerken', 2), answer(101, 3, 'De wijkraad', 1)],
  });

  it('counts participants holding a place by status, and lists them by name', () => {
    expect(overview.counts).toEqual({ notStarted: 0, draft: 1, submitted: 2, total: 3 });
    expect(overview.people.map((p) => [p.name, p.status])).toEqual([
      ['Anne', 'submitted'],
      ['Bram', 'submitted'],
      ['Cees', 'draft'],
    ]);
  });

  it('puts everyone’s submitted answer under each question, with the wording an older answer replied to', () => {
    expect(
      overview.byQuestion.map((q) => [q.number, q.text, q.answers.map((a) => [a.person.name, a.text, a.earlier?.text ?? null])]),
    ).toEqual([
      [1, 'Wat wil je leren?', [['Anne', 'Samenwerken', null], ['Bram', 'Inwoners betrekken', 'Wat wil je weten?']]],
      [null, 'Weggehaalde vraag', [['Bram', 'Oud antwoord', null]]],
      [2, 'Wie werkt al met je samen?', [['Anne', 'De wijkraad', null]]],
    ]);
  });

  it('lists each submitted person’s answers, an unanswered current question as empty', () => {
    expect(overview.byPerson.map((p) => [p.person.name, p.answers.map((a) => [a.question.number, a.text])])).toEqual([
      ['Anne', [[1, 'Samenwerken'], [2, 'De wijkraad']]],
      ['Bram', [[1, 'Inwoners betrekken'], [null, 'Oud antwoord'], [2, '']]],
    ]);
  });
});
