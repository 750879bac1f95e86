import { readAnswers } from './answer-form';

describe('readAnswers', () => {
  const questions = [
    { id: 3, required: true, maxLength: 20, version: 1 },
    { id: 4, required: false, maxLength: 10, version: 2 },
  ];

  it('reads a draft with an empty required answer, trimmed and with CRLF counted as one character', () => {
    const result = readAnswers({ _csrf: 'x', actie: 'concept', 'antwoord-3': '', 'antwoord-4': ' een\r\ntwee ' }, questions, false);
    expect(result).toEqual({
      kind: 'read',
      action: 'draft',
      texts: new Map([[3, ''], [4, 'een\ntwee']]),
      versions: new Map([[3, 1], [4, 2]]),
      problems: new Map(),
    });
  });

  it('keeps the version of the question the page showed, when the trainer changed it meanwhile', () => {
    const body = { actie: 'concept', 'antwoord-4': 'ja', 'versie-4': '1', 'antwoord-3': 'nee', 'versie-3': '7' };
    expect(readAnswers(body, questions, false)).toMatchObject({ versions: new Map([[4, 1], [3, 1]]) });
  });

  it('asks for required answers when they are sent, or when they were sent before', () => {
    const body = { actie: 'versturen', 'antwoord-3': '  ', 'antwoord-4': '' };
    const problem = new Map([[3, { key: 'preparation.answer.required', params: {} }]]);
    expect(readAnswers(body, questions, false)).toMatchObject({ action: 'submit', problems: problem });
    expect(readAnswers({ ...body, actie: 'concept' }, questions, true)).toMatchObject({ action: 'draft', problems: problem });
  });

  it('refuses an answer over the limit, draft or not', () => {
    const result = readAnswers({ actie: 'concept', 'antwoord-3': 'kort', 'antwoord-4': 'elf tekens!' }, questions, false);
    expect(result).toMatchObject({ problems: new Map([[4, { key: 'preparation.answer.tooLong', params: { max: 10, count: 11 } }]]) });
  });

  it('tells a question of another edition apart from a request the page did not make', () => {
    expect(readAnswers({ actie: 'concept', 'antwoord-99': 'hallo' }, questions, false)).toEqual({ kind: 'unknownQuestion' });
    expect(readAnswers({ actie: 'concept', 'versie-99': '1' }, questions, false)).toEqual({ kind: 'unknownQuestion' });
    expect(readAnswers({ actie: 'concept', naam: 'x' }, questions, false)).toEqual({ kind: 'malformed' });
    expect(readAnswers({ actie: 'concept', 'antwoord-3': ['a', 'b'] }, questions, false)).toEqual({ kind: 'malformed' });
    expect(readAnswers({ actie: 'wissen', 'antwoord-3': 'a' }, questions, false)).toEqual({ kind: 'malformed' });
  });
});
