/*
 * Reading the posted answers. The form has one text box per question ("antwoord-12") and the
 * version of the question the page showed ("versie-12"), so its fields depend on the
 * edition's questions and a fixed DTO class cannot describe it.
 */

export interface AnswerRules {
  id: number;
  required: boolean;
  maxLength: number;
  /** The current version of the question. */
  version: number;
}

export type AnswerAction = 'draft' | 'submit';

export interface AnswerProblem {
  key: string;
  params: Record<string, number>;
}

export type ReadAnswers =
  /** The request was not made by the page: a 400. */
  | { kind: 'malformed' }
  /** Answers to questions that are not among this edition's: a 404, nothing is stored. */
  | { kind: 'unknownQuestion' }
  | {
      kind: 'read';
      action: AnswerAction;
      texts: Map<number, string>;
      /** Per answered question, the version the person answered. */
      versions: Map<number, number>;
      problems: Map<number, AnswerProblem>;
    };

const ACTIONS: Record<string, AnswerAction> = { concept: 'draft', versturen: 'submit' };
const FIELD = /^(antwoord|versie)-(\d{1,9})$/;

export function answerField(questionId: number): string {
  return `antwoord-${questionId}`;
}

export function versionField(questionId: number): string {
  return `versie-${questionId}`;
}

/**
 * Browsers send line breaks in a text box as CRLF but count them as one character for
 * `maxlength`; counting the same way means the server never refuses what the page allowed.
 */
export function normaliseAnswer(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/**
 * Reads and checks the answers. Too long is always a problem; an empty required answer only
 * when the answers are sent (`mustBeComplete`), so a half-done draft can be kept.
 */
export function readAnswers(body: unknown, questions: readonly AnswerRules[], mustBeComplete: boolean): ReadAnswers {
  const fields = { ...((body ?? {}) as Record<string, unknown>) };
  delete fields._csrf;
  const action = ACTIONS[String(fields.actie)];
  delete fields.actie;
  if (!action) return { kind: 'malformed' };

  const known = new Map(questions.map((q) => [q.id, q]));
  const texts = new Map<number, string>();
  const seen = new Map<number, number>();
  for (const [name, value] of Object.entries(fields)) {
    const match = FIELD.exec(name);
    if (!match || typeof value !== 'string') return { kind: 'malformed' };
    const id = Number(match[2]);
    if (!known.has(id)) return { kind: 'unknownQuestion' };
    if (match[1] === 'antwoord') texts.set(id, normaliseAnswer(value));
    else seen.set(id, Number(value));
  }
  const versions = new Map([...texts.keys()].map((id) => [id, answeredVersion(known.get(id)!, seen.get(id))]));

  const complete = mustBeComplete || action === 'submit';
  const problems = new Map<number, AnswerProblem>();
  for (const question of questions) {
    const text = texts.get(question.id) ?? '';
    if (text.length > question.maxLength) {
      problems.set(question.id, { key: 'preparation.answer.tooLong', params: { max: question.maxLength, count: text.length } });
    } else if (complete && question.required && text === '') {
      problems.set(question.id, { key: 'preparation.answer.required', params: {} });
    }
  }
  return { kind: 'read', action, texts, versions, problems };
}

/**
 * A page opened before the trainer changed the question showed the earlier wording, and that
 * is what the answer replies to. A missing or impossible version counts as the current one.
 */
function answeredVersion(question: AnswerRules, seen: number | undefined): number {
  return seen !== undefined && Number.isSafeInteger(seen) && seen >= 1 && seen < question.version ? seen : question.version;
}
