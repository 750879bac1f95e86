import type { Edition } from '../editions/edition.entity';
import type { PreparationSummary } from '../preparation/preparation-status';
import { nextSteps } from './next-steps';

describe('nextSteps', () => {
  const edition = {
    slug: 'najaar',
    meeting1Start: new Date('2030-09-19T11:00:00Z'),
    caseDeadline: new Date('2030-09-30T15:00:00Z'),
    meeting2End: new Date('2030-10-03T15:00:00Z'),
  } as Edition;

  it('reminds a participant of the case deadline, more urgently in the last week', () => {
    const href = '/leerateliers/najaar/mijn-casus';
    expect(nextSteps(edition, 'participant', new Date('2030-09-01T12:00:00Z'))).toEqual([{ key: 'people.next.case', params: { days: 30 }, href }]);
    expect(nextSteps(edition, 'participant', new Date('2030-09-28T12:00:00Z'))).toEqual([{ key: 'people.next.caseSoon', params: { days: 3 }, href }]);
  });

  it('points a trainer to the people page, and says when an edition is over', () => {
    expect(nextSteps(edition, 'trainer', new Date('2030-09-01T12:00:00Z'))).toEqual([
      { key: 'people.next.invite', params: {}, href: '/leerateliers/najaar/deelnemers' },
    ]);
    expect(nextSteps(edition, 'guest', new Date('2030-10-04T12:00:00Z'))).toEqual([{ key: 'people.next.finished', params: {} }]);
  });

  describe('the preparation before meeting one', () => {
    const deadline = new Date('2030-09-19T11:00:00Z');
    const summary = (fields: Partial<PreparationSummary> = {}): PreparationSummary => ({ hasQuestions: true, status: 'notStarted', deadline, shared: false, ...fields });
    const first = (role: 'participant' | 'guest' | 'trainer', now: string, fields?: Partial<PreparationSummary>) => nextSteps(edition, role, new Date(now), summary(fields))[0];
    const page = '/leerateliers/najaar/voorbereiding';

    it('shows a participant the status of their answers with a link, before the case', () => {
      expect(first('participant', '2030-09-01T12:00:00Z')).toEqual({ key: 'preparation.next.notStarted', params: {}, href: page, at: deadline });
      expect(first('participant', '2030-09-01T12:00:00Z', { status: 'draft' })).toEqual({ key: 'preparation.next.draft', params: {}, href: page, at: deadline });
      expect(first('participant', '2030-09-01T12:00:00Z', { status: 'submitted' })).toEqual({ key: 'preparation.next.submitted', params: {}, href: page, at: deadline });
    });

    it('says after the deadline whether the answers were sent, and points to the group’s answers once shared', () => {
      expect(first('participant', '2030-09-20T12:00:00Z', { status: 'submitted' })).toEqual({ key: 'preparation.next.submittedClosed', params: {}, href: page });
      expect(first('participant', '2030-09-20T12:00:00Z', { status: 'draft' })).toEqual({ key: 'preparation.next.missedDraft', params: {}, href: page });
      expect(first('participant', '2030-09-20T12:00:00Z')).toEqual({ key: 'preparation.next.missedNotStarted', params: {}, href: page });
      expect(first('guest', '2030-09-20T12:00:00Z', { shared: true })).toEqual({ key: 'preparation.next.shared', params: {}, href: `${page}/groep` });
    });

    it('sends a trainer to set it up, then to the answers; says nothing to others while there are no questions', () => {
      expect(first('trainer', '2030-09-01T12:00:00Z', { hasQuestions: false })).toEqual({ key: 'preparation.next.setUp', params: {}, href: `${page}/instellen` });
      expect(first('trainer', '2030-09-01T12:00:00Z')).toEqual({ key: 'preparation.next.answers', params: {}, href: `${page}/antwoorden` });
      expect(nextSteps(edition, 'guest', new Date('2030-09-01T12:00:00Z'), summary({ hasQuestions: false }))).toEqual([]);
      expect(first('guest', '2030-09-01T12:00:00Z')).toEqual({ key: 'preparation.next.read', params: {}, href: page });
    });
  });
});
