import { DataSource } from 'typeorm';
import { Case } from '../../src/cases/entities/case.entity';
import { FeedbackAssignment } from '../../src/comments/entities/feedback-assignment.entity';
import { Edition } from '../../src/editions/edition.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { User } from '../../src/users/user.entity';
import { createCase } from '../factories/cases';
import { commentSection, createComment, newCommentIds, postComment, postedId } from '../factories/comments';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { visibleText } from '../utils/html';
import { Agent, loggedIn, postForm } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

/** Counts the SQL statements SQLite runs while `work` runs. */
async function countQueries(dataSource: DataSource, work: () => Promise<unknown>): Promise<number> {
  const connection = (dataSource.driver as unknown as { databaseConnection: Record<'all' | 'run', (...args: unknown[]) => unknown> }).databaseConnection;
  const original = { all: connection.all, run: connection.run };
  let count = 0;
  for (const method of ['all', 'run'] as const) {
    connection[method] = function (this: unknown, ...args: unknown[]) {
      count++;
      return original[method].apply(this, args);
    };
  }
  try {
    await work();
  } finally {
    Object.assign(connection, original);
  }
  return count;
}

/** What is new to each person: marked on the case page and counted on the overview's cards. */
describe('reading comments', () => {
  let t: TestApp;
  let edition: Edition;
  let cases: Record<'moestuin' | 'jongeren', Case>;
  const people = {} as Record<'author' | 'peer' | 'guest' | 'trainer', User>;
  const enrolments = {} as Record<keyof typeof people, Enrolment>;
  const agents = {} as Record<keyof typeof people, Agent>;

  beforeAll(async () => {
    t = await startTestApp();
    edition = await createEdition(t.dataSource);
    const roles = { author: 'participant', peer: 'participant', guest: 'guest', trainer: 'trainer' } as const;
    const names = { author: 'Lotte van Dijk', peer: 'Jeroen Bakker', guest: 'Peter Hendriks', trainer: 'Marieke Bos' };
    for (const key of Object.keys(roles) as (keyof typeof roles)[]) {
      people[key] = await createUser(t.dataSource, { name: names[key] });
      enrolments[key] = await enrol(t.dataSource, edition, people[key], roles[key]);
      agents[key] = await loggedIn(t.app.getHttpServer(), people[key].email);
    }
    cases = {
      moestuin: await createCase(t.dataSource, edition, people.author, { text: { title: 'Moestuin bij de school' }, submittedAt: new Date('2030-09-20T10:00:00Z') }),
      jongeren: await createCase(t.dataSource, edition, people.peer, { text: { title: 'Jongerenraad' }, submittedAt: new Date('2030-09-21T10:00:00Z') }),
    };
  });

  afterAll(() => t.close());

  const casePath = (c: Case) => `/leerateliers/${edition.slug}/casussen/${c.id}`;
  /** The comment line of each card on the overview, in order. */
  const cardLines = async (agent: Agent) =>
    [...(await agent.get(`/leerateliers/${edition.slug}/casussen`)).text.matchAll(/<li class="casus-card casus-case-card">([\s\S]*?)<\/li>\s*(?=<li class="casus-card|<\/ul>)/g)].map(
      (m) => /Ingediend op [^·]+ · (.*)$/.exec(visibleText(m[1]))?.[1],
    );

  it('marks what is new since the last visit, links to the first, and not on the next visit', async () => {
    const first = await createComment(t.dataSource, cases.moestuin, people.peer, { kind: 'vraag', body: 'Eerste.' });
    const second = await createComment(t.dataSource, cases.moestuin, people.trainer, { kind: 'tip', body: 'Tweede.' });
    let page = await agents.guest.get(casePath(cases.moestuin));
    expect(newCommentIds(page.text)).toEqual([first.id, second.id]);
    expect(visibleText(commentSection(page.text))).toContain('Reacties (2) Er zijn 2 nieuwe reacties sinds je vorige bezoek. Naar de eerste nieuwe reactie');
    expect(page.text).toContain(`<a class="utrecht-link" href="#reactie-${first.id}">Naar de eerste nieuwe reactie</a>`);

    page = await agents.guest.get(casePath(cases.moestuin));
    expect([newCommentIds(page.text), page.text.includes('nieuwe reactie')]).toEqual([[], false]);

    const third = postedId(await postComment(agents.peer, edition, cases.moestuin, { body: 'Derde.' }));
    page = await agents.guest.get(casePath(cases.moestuin));
    expect(newCommentIds(page.text)).toEqual([third]);
    expect(visibleText(commentSection(page.text))).toContain('Er is 1 nieuwe reactie sinds je vorige bezoek.');
  });

  it('never marks your own comments as new, and an edit does not make a comment new again', async () => {
    await agents.peer.get(casePath(cases.moestuin));
    const own = postedId(await postComment(agents.peer, edition, cases.moestuin, { body: 'Van mezelf.' }));
    expect(newCommentIds((await agents.peer.get(casePath(cases.moestuin))).text)).toEqual([]);
    await agents.guest.get(casePath(cases.moestuin));
    await postForm(agents.peer, `${casePath(cases.moestuin)}/reacties/${own}/bewerken`, { kind: 'tip', body: 'Van mezelf, aangepast.' }, '/mijn');
    expect(newCommentIds((await agents.guest.get(casePath(cases.moestuin))).text)).toEqual([]);
  });

  it('shows on each card what is new to the reader, and which cases they are asked to give feedback on', async () => {
    await createComment(t.dataSource, cases.jongeren, people.guest, { body: 'Over de jongeren.' });
    await createComment(t.dataSource, cases.jongeren, people.trainer, { body: 'Alleen voor Jeroen.', trainerNote: true });
    expect(await cardLines(agents.author)).toEqual(['4 reacties · 4 nieuw', '1 reactie · 1 nieuw']);
    expect(await cardLines(agents.peer)).toEqual(['4 reacties', '1 reactie · 1 nieuw · 1 nieuwe notitie van de trainer']);
    await agents.peer.get(casePath(cases.jongeren));
    expect(await cardLines(agents.peer)).toEqual(['4 reacties', '1 reactie']);

    await t.dataSource.getRepository(FeedbackAssignment).save({ editionId: edition.id, enrolmentId: enrolments.author.id, caseId: cases.jongeren.id, createdAt: new Date() });
    expect(await cardLines(agents.author)).toEqual(['4 reacties · 4 nieuw', '1 reactie · 1 nieuw · jouw feedbackopdracht']);
  });

  it('builds the case page and the overview in the same number of queries however many comments there are', async () => {
    const fresh = await createCase(t.dataSource, edition, people.author, { text: { title: 'Veel reacties' } });
    const readers: Agent[] = [];
    for (let i = 0; i < 4; i++) {
      const reader = await createUser(t.dataSource);
      await enrol(t.dataSource, edition, reader, 'participant');
      readers.push(await loggedIn(t.app.getHttpServer(), reader.email));
    }
    await createComment(t.dataSource, fresh, people.peer, { body: 'Een.' });
    const fewFirst = await countQueries(t.dataSource, () => readers[0].get(casePath(fresh)));
    const fewAgain = await countQueries(t.dataSource, () => readers[0].get(casePath(fresh)));
    const fewOverview = await countQueries(t.dataSource, () => readers[0].get(`/leerateliers/${edition.slug}/casussen`));
    let parent = await createComment(t.dataSource, fresh, people.trainer, { body: 'Begin van een draad.' });
    for (let i = 0; i < 40; i++) {
      const writer = [people.peer, people.guest, people.trainer, people.author][i % 4];
      parent = await createComment(t.dataSource, fresh, writer, { body: `Reactie ${i}`, parent: i % 3 === 0 ? parent : undefined, trainerNote: false });
    }
    await createComment(t.dataSource, fresh, people.trainer, { body: 'Notitie.', trainerNote: true });
    const manyFirst = await countQueries(t.dataSource, () => readers[1].get(casePath(fresh)));
    const manyAgain = await countQueries(t.dataSource, () => readers[1].get(casePath(fresh)));
    const manyOverview = await countQueries(t.dataSource, () => readers[1].get(`/leerateliers/${edition.slug}/casussen`));
    expect([manyFirst, manyAgain, manyOverview]).toEqual([fewFirst, fewAgain, fewOverview]);
    expect(fewFirst).toBeGreaterThan(fewAgain);
  });
});
