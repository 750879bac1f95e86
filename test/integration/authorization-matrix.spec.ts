import request from 'supertest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Attachment } from '../../src/cases/entities/attachment.entity';
import { Case } from '../../src/cases/entities/case.entity';
import { Edition } from '../../src/editions/edition.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { SignUp } from '../../src/enrolments/sign-up.entity';
import { User } from '../../src/users/user.entity';
import { allowCases, createCase, createTheme } from '../factories/cases';
import { createComment } from '../factories/comments';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { addMaterialFile, addQuestion } from '../factories/preparation';
import { Agent, csrfToken, loggedIn } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

/*
 * Every route, walked as every kind of person, with the expected answer: allowed, or refused
 * (a logged-in person gets 403/404; an anonymous visitor is sent to the login page).
 */

type Role = 'anonymous' | 'outsider' | 'participant' | 'guest' | 'trainer' | 'coordinator';
const ROLES: Role[] = ['anonymous', 'outsider', 'participant', 'guest', 'trainer', 'coordinator'];
const EVERYONE = ROLES;
const LOGGED_IN: Role[] = ['outsider', 'participant', 'guest', 'trainer', 'coordinator'];
const PEOPLE_MANAGERS: Role[] = ['trainer', 'coordinator'];
const COORDINATORS: Role[] = ['coordinator'];
const MEMBERS: Role[] = ['participant', 'guest', 'trainer', 'coordinator'];
const PARTICIPANTS: Role[] = ['participant'];
const NOBODY: Role[] = [];

interface Context {
  t: TestApp;
  edition: Edition;
  /** A fresh invited enrolment in the edition, for routes that change one. */
  invitedEnrolment(): Promise<Enrolment>;
  /** A fresh pending sign-up for the edition, for the decision routes. */
  pendingSignUp(): Promise<SignUp>;
  unique(): string;
  /** Cases of another participant (submitted, with an attachment, and a draft) and one of the participant's own. */
  cases: { submitted: number; draft: number; own: number; attachment: number; enrolment: number };
  /** A fresh theme of the edition, for routes that change one. */
  theme(): Promise<number>;
}

interface RouteCase {
  method: 'GET' | 'POST';
  path: (c: Context) => string | Promise<string>;
  body?: (c: Context) => Record<string, string>;
  allowed: Role[];
}

/** A fresh comment on the submitted case, by its author: a trainer note, hidden, or neither. */
async function commentOnSubmitted(c: Context, options: { trainerNote?: boolean; hidden?: boolean } = {}): Promise<number> {
  const submitted = await c.t.dataSource.getRepository(Case).findOneByOrFail({ id: c.cases.submitted });
  const author = await c.t.dataSource.getRepository(User).findOneByOrFail({ id: submitted.authorId });
  return (await createComment(c.t.dataSource, submitted, author, { trainerNote: options.trainerNote, hidden: options.hidden ? 'Reden' : undefined })).id;
}

const ROUTES: RouteCase[] = [
  { method: 'GET', path: () => '/', allowed: EVERYONE },
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}`, allowed: EVERYONE },
  { method: 'GET', path: () => '/privacy', allowed: EVERYONE },
  { method: 'GET', path: () => '/mijn', allowed: LOGGED_IN },
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/deelnemers`, allowed: PEOPLE_MANAGERS },
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/deelnemers.csv`, allowed: PEOPLE_MANAGERS },
  {
    method: 'POST',
    path: (c) => `/leerateliers/${c.edition.slug}/uitnodigen`,
    body: (c) => ({ name: 'Nieuw Iemand', email: `${c.unique()}@nieuw.nl`, role: 'participant' }),
    allowed: PEOPLE_MANAGERS,
  },
  {
    method: 'POST',
    path: async (c) => `/leerateliers/${c.edition.slug}/deelnemers/${(await c.invitedEnrolment()).id}/opnieuw-uitnodigen`,
    allowed: PEOPLE_MANAGERS,
  },
  {
    method: 'POST',
    path: async (c) => `/leerateliers/${c.edition.slug}/deelnemers/${(await c.invitedEnrolment()).id}/afmelden`,
    allowed: PEOPLE_MANAGERS,
  },
  {
    method: 'POST',
    path: (c) => `/leerateliers/${c.edition.slug}/uitnodigen`,
    body: (c) => ({ name: 'Nieuwe Trainer', email: `${c.unique()}@nieuw.nl`, role: 'trainer' }),
    allowed: COORDINATORS,
  },

  // Cases: reading is for everyone enrolled, writing for participants, following the progress for trainers.
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/casussen`, allowed: MEMBERS },
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/casussen/${c.cases.submitted}`, allowed: MEMBERS },
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/casussen/${c.cases.submitted}/versies`, allowed: MEMBERS },
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/casussen/${c.cases.submitted}/versies/1`, allowed: MEMBERS },
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/casussen/${c.cases.submitted}/bijlagen/${c.cases.attachment}`, allowed: MEMBERS },
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/casussen/${c.cases.draft}`, allowed: NOBODY },
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/casussen/${c.cases.draft}/bewerken`, allowed: NOBODY },
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/casussen/${c.cases.submitted}/bewerken`, allowed: NOBODY },
  { method: 'POST', path: (c) => `/leerateliers/${c.edition.slug}/casussen/${c.cases.draft}`, body: () => ({ title: 'Overgenomen', actie: 'opslaan' }), allowed: NOBODY },
  { method: 'POST', path: (c) => `/leerateliers/${c.edition.slug}/casussen/${c.cases.submitted}/intrekken`, allowed: NOBODY },
  { method: 'POST', path: (c) => `/leerateliers/${c.edition.slug}/casussen/${c.cases.submitted}/bijlagen`, allowed: NOBODY },
  { method: 'POST', path: (c) => `/leerateliers/${c.edition.slug}/casussen/${c.cases.submitted}/bijlagen/${c.cases.attachment}/verwijderen`, allowed: NOBODY },
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/mijn-casus`, allowed: PARTICIPANTS },
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/mijn-casus/nieuw`, allowed: PARTICIPANTS },
  { method: 'POST', path: (c) => `/leerateliers/${c.edition.slug}/mijn-casus`, body: () => ({ title: 'Een nieuwe casus', actie: 'opslaan' }), allowed: PARTICIPANTS },
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/casussen/${c.cases.own}/bewerken`, allowed: PARTICIPANTS },
  { method: 'POST', path: (c) => `/leerateliers/${c.edition.slug}/casussen/${c.cases.own}`, body: () => ({ title: 'Mijn casus', actie: 'opslaan' }), allowed: PARTICIPANTS },
  { method: 'POST', path: (c) => `/leerateliers/${c.edition.slug}/casussen/${c.cases.own}/bijlagen`, allowed: PARTICIPANTS },
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/casusvoortgang`, allowed: PEOPLE_MANAGERS },
  { method: 'POST', path: (c) => `/leerateliers/${c.edition.slug}/casusvoortgang/herinneren`, allowed: PEOPLE_MANAGERS },
  { method: 'POST', path: (c) => `/leerateliers/${c.edition.slug}/casusvoortgang/herinneren/${c.cases.enrolment}`, allowed: PEOPLE_MANAGERS },
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/casusvoortgang/uitstel/${c.cases.enrolment}`, allowed: PEOPLE_MANAGERS },
  { method: 'POST', path: (c) => `/leerateliers/${c.edition.slug}/casusvoortgang/uitstel/${c.cases.enrolment}`, body: () => ({ date: '2030-10-01', time: '12:00' }), allowed: PEOPLE_MANAGERS },
  { method: 'POST', path: (c) => `/leerateliers/${c.edition.slug}/casusvoortgang/uitstel/${c.cases.enrolment}/intrekken`, allowed: PEOPLE_MANAGERS },
  { method: 'POST', path: (c) => `/leerateliers/${c.edition.slug}/casusvoortgang/instellingen`, body: () => ({ maxCasesPerParticipant: '5' }), allowed: PEOPLE_MANAGERS },
  // Themes: trainers and coordinators only.
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/themas`, allowed: PEOPLE_MANAGERS },
  { method: 'POST', path: (c) => `/leerateliers/${c.edition.slug}/themas`, body: (c) => ({ name: `thema ${c.unique()}` }), allowed: PEOPLE_MANAGERS },
  { method: 'POST', path: async (c) => `/leerateliers/${c.edition.slug}/themas/${await c.theme()}`, body: (c) => ({ name: `thema ${c.unique()}` }), allowed: PEOPLE_MANAGERS },
  { method: 'POST', path: async (c) => `/leerateliers/${c.edition.slug}/themas/${await c.theme()}/omhoog`, allowed: PEOPLE_MANAGERS },
  { method: 'POST', path: async (c) => `/leerateliers/${c.edition.slug}/themas/${await c.theme()}/omlaag`, allowed: PEOPLE_MANAGERS },
  { method: 'POST', path: async (c) => `/leerateliers/${c.edition.slug}/themas/${await c.theme()}/verwijderen`, allowed: PEOPLE_MANAGERS },
  // Agenda: everyone enrolled reads the published agenda; trainers and coordinators make, change and publish it.
  // Changes without the page's revision are refused as stale with a message (303), after the permission check.
  ...['agenda', 'agenda/afdrukken', 'agenda.ics', 'agenda.csv', 'agenda.json'].map((page): RouteCase => ({ method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/${page}`, allowed: MEMBERS })),
  ...['agenda/bewerken', 'agenda/afdrukken?versie=concept', 'agenda.csv?versie=concept', 'agenda.json?versie=concept'].map((page): RouteCase => ({ method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/${page}`, allowed: PEOPLE_MANAGERS })),
  ...(
    [
      ['agenda/voorstel', {}],
      ['agenda/publiceren', {}],
      ['agenda/instellingen', { openingMinutes: '15', closingMinutes: '15', minMinutesPerCase: '10', maxMinutesPerCase: '30', tables: 'auto', room1: '', room2: '', room3: '', room4: '' }],
      ['agenda/pauzes', { start: '15:00', minutes: '10' }],
      ['agenda/pauzes/0', { start: '15:00', minutes: '10' }],
      ['agenda/pauzes/0/verwijderen', {}],
      ['agenda/blokken', { label: 'Nieuw blok' }],
      ['agenda/blokken/1', { label: 'Ander blok' }],
      ['agenda/blokken/1/omhoog', {}],
      ['agenda/blokken/1/omlaag', {}],
      ['agenda/blokken/1/samenvoegen', { into: '2' }],
      ['agenda/blokken/1/splitsen', { atCase: '1' }],
      ['agenda/blokken/1/verwijderen', {}],
      ['agenda/casussen/SUBMITTED/verplaatsen', { blockNumber: '1' }],
      ['agenda/casussen/SUBMITTED/omhoog', {}],
      ['agenda/casussen/SUBMITTED/omlaag', {}],
      ['agenda/casussen/SUBMITTED/tijd', { minutes: '' }],
      ['agenda/casussen/SUBMITTED/weglaten', { reason: 'Kan niet komen' }],
    ] as [string, Record<string, string>][]
  ).map(([page, body]): RouteCase => ({
    method: 'POST',
    path: (c) => `/leerateliers/${c.edition.slug}/${page.replace('SUBMITTED', String(c.cases.submitted))}`,
    body: () => body,
    allowed: PEOPLE_MANAGERS,
  })),
  // Preparation (before its deadline): material for everyone enrolled, answers by participants, the rest for trainers.
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/voorbereiding`, allowed: MEMBERS },
  { method: 'POST', path: (c) => `/leerateliers/${c.edition.slug}/voorbereiding`, body: () => ({ actie: 'concept' }), allowed: PARTICIPANTS },
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/voorbereiding/groep`, allowed: PEOPLE_MANAGERS },
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/voorbereiding/instellen`, allowed: PEOPLE_MANAGERS },
  {
    method: 'POST',
    path: (c) => `/leerateliers/${c.edition.slug}/voorbereiding/instellen`,
    body: () => ({ material: 'Lees het artikel.', articleTitle: '', articleUrl: '', deadlineDate: '', deadlineTime: '', reminderDays: '3' }),
    allowed: PEOPLE_MANAGERS,
  },
  { method: 'POST', path: (c) => `/leerateliers/${c.edition.slug}/voorbereiding/vragen`, body: () => ({ text: 'Wat wil je leren?', hint: '', maxLength: '500' }), allowed: PEOPLE_MANAGERS },
  { method: 'GET', path: async (c) => `/leerateliers/${c.edition.slug}/voorbereiding/vragen/${(await addQuestion(c.t.dataSource, c.edition)).id}`, allowed: PEOPLE_MANAGERS },
  {
    method: 'POST',
    path: async (c) => `/leerateliers/${c.edition.slug}/voorbereiding/vragen/${(await addQuestion(c.t.dataSource, c.edition)).id}`,
    body: () => ({ text: 'Wat wil je weten?', hint: '', maxLength: '500' }),
    allowed: PEOPLE_MANAGERS,
  },
  { method: 'POST', path: async (c) => `/leerateliers/${c.edition.slug}/voorbereiding/vragen/${(await addQuestion(c.t.dataSource, c.edition)).id}/omhoog`, allowed: PEOPLE_MANAGERS },
  { method: 'POST', path: async (c) => `/leerateliers/${c.edition.slug}/voorbereiding/vragen/${(await addQuestion(c.t.dataSource, c.edition)).id}/omlaag`, allowed: PEOPLE_MANAGERS },
  { method: 'POST', path: async (c) => `/leerateliers/${c.edition.slug}/voorbereiding/vragen/${(await addQuestion(c.t.dataSource, c.edition)).id}/verwijderen`, allowed: PEOPLE_MANAGERS },
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/voorbereiding/antwoorden`, allowed: PEOPLE_MANAGERS },
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/voorbereiding/antwoorden?per=persoon`, allowed: PEOPLE_MANAGERS },
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/voorbereiding/antwoorden.csv`, allowed: PEOPLE_MANAGERS },
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/voorbereiding/antwoorden/afdrukken`, allowed: PEOPLE_MANAGERS },
  { method: 'POST', path: (c) => `/leerateliers/${c.edition.slug}/voorbereiding/herinneren`, allowed: PEOPLE_MANAGERS },
  { method: 'POST', path: (c) => `/leerateliers/${c.edition.slug}/voorbereiding/herinneren/${c.cases.enrolment}`, allowed: PEOPLE_MANAGERS },
  // Sharing waits for the deadline, whoever asks.
  { method: 'POST', path: (c) => `/leerateliers/${c.edition.slug}/voorbereiding/delen`, allowed: NOBODY },
  { method: 'POST', path: (c) => `/leerateliers/${c.edition.slug}/voorbereiding/niet-meer-delen`, allowed: PEOPLE_MANAGERS },
  { method: 'POST', path: (c) => `/leerateliers/${c.edition.slug}/voorbereiding/bestanden`, allowed: PEOPLE_MANAGERS },
  { method: 'GET', path: async (c) => `/leerateliers/${c.edition.slug}/voorbereiding/bestanden/${(await addMaterialFile(c.t.dataSource, c.edition, c.t.config.uploadDir)).id}`, allowed: MEMBERS },
  { method: 'POST', path: async (c) => `/leerateliers/${c.edition.slug}/voorbereiding/bestanden/${(await addMaterialFile(c.t.dataSource, c.edition, c.t.config.uploadDir)).id}/verwijderen`, allowed: PEOPLE_MANAGERS },
  // Comments: everyone enrolled writes and answers; the writer alone changes their own; trainers moderate and follow feedback.
  { method: 'POST', path: (c) => `/leerateliers/${c.edition.slug}/casussen/${c.cases.submitted}/reacties`, body: () => ({ kind: 'tip', body: 'Een tip.' }), allowed: ['participant', 'guest', 'trainer'] },
  { method: 'GET', path: async (c) => `/leerateliers/${c.edition.slug}/casussen/${c.cases.submitted}/reacties/${await commentOnSubmitted(c)}/reageren`, allowed: ['participant', 'guest', 'trainer'] },
  { method: 'POST', path: async (c) => `/leerateliers/${c.edition.slug}/casussen/${c.cases.submitted}/reacties/${await commentOnSubmitted(c)}/reageren`, body: () => ({ kind: 'algemeen', body: 'Een antwoord.' }), allowed: ['participant', 'guest', 'trainer'] },
  { method: 'GET', path: async (c) => `/leerateliers/${c.edition.slug}/casussen/${c.cases.submitted}/reacties/${await commentOnSubmitted(c, { trainerNote: true })}/reageren`, allowed: ['trainer'] },
  { method: 'GET', path: async (c) => `/leerateliers/${c.edition.slug}/casussen/${c.cases.submitted}/reacties/${await commentOnSubmitted(c)}/bewerken`, allowed: NOBODY },
  { method: 'POST', path: async (c) => `/leerateliers/${c.edition.slug}/casussen/${c.cases.submitted}/reacties/${await commentOnSubmitted(c)}/bewerken`, body: () => ({ kind: 'tip', body: 'Overgenomen.' }), allowed: NOBODY },
  { method: 'GET', path: async (c) => `/leerateliers/${c.edition.slug}/casussen/${c.cases.submitted}/reacties/${await commentOnSubmitted(c)}/verwijderen`, allowed: NOBODY },
  { method: 'POST', path: async (c) => `/leerateliers/${c.edition.slug}/casussen/${c.cases.submitted}/reacties/${await commentOnSubmitted(c)}/verwijderen`, allowed: NOBODY },
  { method: 'GET', path: async (c) => `/leerateliers/${c.edition.slug}/casussen/${c.cases.submitted}/reacties/${await commentOnSubmitted(c)}/verbergen`, allowed: PEOPLE_MANAGERS },
  { method: 'POST', path: async (c) => `/leerateliers/${c.edition.slug}/casussen/${c.cases.submitted}/reacties/${await commentOnSubmitted(c)}/verbergen`, body: () => ({ reason: 'Hoort hier niet.' }), allowed: PEOPLE_MANAGERS },
  { method: 'POST', path: async (c) => `/leerateliers/${c.edition.slug}/casussen/${c.cases.submitted}/reacties/${await commentOnSubmitted(c, { hidden: true })}/tonen`, allowed: PEOPLE_MANAGERS },
  { method: 'POST', path: (c) => `/leerateliers/${c.edition.slug}/casussen/${c.cases.draft}/reacties`, body: () => ({ kind: 'tip', body: 'Op een concept.' }), allowed: NOBODY },
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/casussen/${c.cases.submitted}/reacties.csv`, allowed: MEMBERS },
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/feedback`, allowed: PEOPLE_MANAGERS },
  { method: 'POST', path: (c) => `/leerateliers/${c.edition.slug}/feedback/verdelen`, body: () => ({ perParticipant: '1' }), allowed: PEOPLE_MANAGERS },
  { method: 'POST', path: (c) => `/leerateliers/${c.edition.slug}/feedback/reactietermijn`, body: () => ({ closesDate: '', closesTime: '' }), allowed: PEOPLE_MANAGERS },
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/feedback/reacties.csv`, allowed: PEOPLE_MANAGERS },
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/feedbackopdrachten`, allowed: PARTICIPANTS },
  { method: 'GET', path: (c) => `/leerateliers/${c.edition.slug}/meldingen`, allowed: ['participant', 'guest', 'trainer'] },
  { method: 'POST', path: (c) => `/leerateliers/${c.edition.slug}/meldingen`, body: () => ({ preference: 'digest' }), allowed: ['participant', 'guest', 'trainer'] },
];

describe('authorization matrix', () => {
  let t: TestApp;
  const agents = new Map<Role, Agent>();
  let context: Context;

  beforeAll(async () => {
    t = await startTestApp();
    const edition = await createEdition(t.dataSource, { capacityMax: 200 });
    const other = await createEdition(t.dataSource);
    const people: Record<Exclude<Role, 'anonymous'>, User> = {
      outsider: await createUser(t.dataSource),
      participant: await createUser(t.dataSource),
      guest: await createUser(t.dataSource),
      trainer: await createUser(t.dataSource),
      coordinator: await createUser(t.dataSource, { isCoordinator: true }),
    };
    await enrol(t.dataSource, other, people.outsider, 'participant');
    await enrol(t.dataSource, edition, people.participant, 'participant');
    await enrol(t.dataSource, edition, people.guest, 'guest');
    await enrol(t.dataSource, edition, people.trainer, 'trainer');
    agents.set('anonymous', request.agent(t.app.getHttpServer()));
    for (const [role, user] of Object.entries(people)) agents.set(role as Role, await loggedIn(t.app.getHttpServer(), user.email));
    const author = await createUser(t.dataSource);
    const authorEnrolment = await enrol(t.dataSource, edition, author, 'participant');
    await allowCases(t.dataSource, edition, 5);
    const submitted = await createCase(t.dataSource, edition, author);
    const storedName = 'ab'.repeat(16);
    fs.mkdirSync(path.join(t.config.uploadDir, 'cases'), { recursive: true });
    fs.writeFileSync(path.join(t.config.uploadDir, 'cases', storedName), '%PDF-1.4\n%%EOF\n');
    const attachment = await t.dataSource.getRepository(Attachment).save({ caseId: submitted.id, storedName, displayName: 'kaart.pdf', mime: 'application/pdf', kind: 'pdf', size: 15, sha256: '0'.repeat(64), uploadedById: author.id });
    const cases = {
      submitted: submitted.id,
      draft: (await createCase(t.dataSource, edition, author, { status: 'draft' })).id,
      own: (await createCase(t.dataSource, edition, people.participant, { status: 'draft' })).id,
      attachment: attachment.id,
      enrolment: authorEnrolment.id,
    };
    let themes = 0;
    let n = 0;
    context = {
      cases,
      theme: async () => (await createTheme(t.dataSource, edition, `te wijzigen ${++themes}`, themes)).id,
      t,
      edition,
      unique: () => `persoon-${++n}`,
      invitedEnrolment: async () => enrol(t.dataSource, edition, await createUser(t.dataSource), 'participant', 'invited'),
      pendingSignUp: () =>
        t.dataSource.getRepository(SignUp).save({ editionId: edition.id, name: 'Aanmelder', email: `${++n}@aanmelder.nl`, organisation: 'Gemeente Ede', status: 'pending' }),
    };
  });

  afterAll(() => t.close());

  const cases = ROUTES.flatMap((route) => ROLES.map((role) => ({ route, role })));

  it.each(cases.map(({ route, role }, i) => [i, route.method, role]))('case %i: %s as %s', async (index) => {
    const { route, role } = cases[index as number];
    const agent = agents.get(role)!;
    const path = await route.path(context);
    // The token is fetched before the request is made: an agent attaches its cookies then.
    const token = route.method === 'POST' ? await csrfToken(agent) : '';
    const res =
      route.method === 'GET' ? await agent.get(path) : await agent.post(path).type('form').send({ _csrf: token, ...(route.body?.(context) ?? {}) });
    const allowed = route.allowed.includes(role);
    const toLogin = res.status === 303 && String(res.headers.location).startsWith('/inloggen');
    const outcome = res.status < 400 && !toLogin ? 'allowed' : 'refused';
    expect({ path, role, outcome }).toEqual({ path, role, outcome: allowed ? 'allowed' : 'refused' });
    if (!allowed) expect(role === 'anonymous' ? toLogin : [403, 404].includes(res.status)).toBe(true);
  });
});
