import type { Enrolment } from '../enrolments/enrolment.entity';
import type { PreparationAnswer } from './entities/preparation-answer.entity';
import type { PreparationQuestion } from './entities/preparation-question.entity';
import type { PreparationResponse } from './entities/preparation-response.entity';
import { earlierVersion, EarlierVersion, PreparationStatus, statusOf, VersionIndex } from './preparation-views';

/*
 * The answers of an edition arranged for reading: per question (everyone's answer under each
 * question) and per person. Only submitted responses are read; a draft is counted, never shown.
 * Pure, so the arrangement is tested without a database.
 */

export interface OverviewInput {
  /** In the trainer's order, removed ones included. */
  questions: readonly PreparationQuestion[];
  versions: VersionIndex;
  /** Everyone in the edition; only participants holding a place are used. */
  people: readonly Enrolment[];
  responses: readonly PreparationResponse[];
  /** Answers of submitted responses. */
  answers: readonly PreparationAnswer[];
}

export interface Person {
  enrolmentId: number;
  name: string;
  organisation: string;
  jobTitle: string;
  invited: boolean;
  status: PreparationStatus;
  submittedAt: Date | null;
}

export interface Answer {
  text: string;
  earlier?: EarlierVersion;
}

export interface QuestionAnswers {
  id: number;
  /** Position among the current questions; null for a removed question. */
  number: number | null;
  text: string;
  hint: string;
  removed: boolean;
  version: number;
  answers: (Answer & { person: Person })[];
}

export interface PersonAnswers {
  person: Person;
  answers: (Answer & { question: Pick<QuestionAnswers, 'id' | 'number' | 'text' | 'removed' | 'version'> })[];
}

export interface AnswerOverview {
  people: Person[];
  byQuestion: QuestionAnswers[];
  byPerson: PersonAnswers[];
  counts: Record<PreparationStatus, number> & { total: number };
}

export function buildOverview(input: OverviewInput): AnswerOverview {
  const responseByEnrolment = new Map(input.responses.map((r) => [r.enrolmentId, r]));
  const people: Person[] = input.people
    .filter((p) => p.role === 'participant' && p.status !== 'withdrawn')
    .map((p) => {
      const response = responseByEnrolment.get(p.id);
      return {
        enrolmentId: p.id,
        name: p.user!.name,
        organisation: p.user!.organisation,
        jobTitle: p.user!.jobTitle,
        invited: p.status === 'invited',
        status: statusOf(response),
        submittedAt: response?.status === 'submitted' ? response.submittedAt : null,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));

  const submitted = new Map(input.responses.filter((r) => r.status === 'submitted').map((r) => [r.id, r.enrolmentId]));
  const answerOf = new Map<string, PreparationAnswer>();
  for (const answer of input.answers) {
    const enrolmentId = submitted.get(answer.responseId);
    if (enrolmentId !== undefined) answerOf.set(`${enrolmentId}:${answer.questionId}`, answer);
  }

  let next = 0;
  const numbers = new Map(input.questions.map((q) => [q.id, q.removedAt ? null : ++next]));
  const key = (person: Person, q: PreparationQuestion) => `${person.enrolmentId}:${q.id}`;
  const answerTo = (person: Person, q: PreparationQuestion): Answer | undefined => {
    const stored = answerOf.get(key(person, q));
    return stored && { text: stored.text, earlier: earlierVersion(q, stored, input.versions) };
  };
  const summary = (q: PreparationQuestion) => ({ id: q.id, number: numbers.get(q.id)!, text: q.text, hint: q.hint, removed: !!q.removedAt, version: q.version });
  // A removed question stays only while someone's answer to it is worth reading.
  const shown = input.questions.filter((q) => !q.removedAt || people.some((p) => answerOf.has(key(p, q))));

  const byQuestion = shown.map((q) => ({
    ...summary(q),
    answers: people.flatMap((person) => {
      const found = answerTo(person, q);
      return found ? [{ ...found, person }] : [];
    }),
  }));
  const byPerson = people
    .filter((person) => person.status === 'submitted')
    .map((person) => ({
      person,
      answers: shown.flatMap((q) => {
        const found = answerTo(person, q);
        if (found) return [{ ...found, question: summary(q) }];
        return q.removedAt ? [] : [{ text: '', question: summary(q) }];
      }),
    }));

  const count = (status: PreparationStatus) => people.filter((p) => p.status === status).length;
  return {
    people,
    byQuestion,
    byPerson,
    counts: { notStarted: count('notStarted'), draft: count('draft'), submitted: count('submitted'), total: people.length },
  };
}
