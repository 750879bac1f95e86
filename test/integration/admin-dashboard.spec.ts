import { DataSource } from 'typeorm';
import { Edition } from '../../src/editions/edition.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { SignUp, SignUpStatus } from '../../src/enrolments/sign-up.entity';
import { User } from '../../src/users/user.entity';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { textOf, visibleText } from '../utils/html';
import { mailsTo } from '../utils/outbox';
import { type Agent, loggedIn, postForm } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

const DAY = 24 * 60 * 60 * 1000;

/** An edition whose first meeting is `days` from now, with two meetings two weeks apart. */
function inDays(days: number): Partial<Edition> {
  const start = new Date(Date.now() + days * DAY);
  const at = (offsetDays: number, hours: number) => new Date(start.getTime() + offsetDays * DAY + hours * 60 * 60 * 1000);
  return { meeting1Start: start, meeting1End: at(0, 4), meeting2Start: at(14, 0), meeting2End: at(14, 4), caseDeadline: at(14, 0) };
}

async function signUps(dataSource: DataSource, edition: Edition, statuses: SignUpStatus[]): Promise<void> {
  await dataSource.getRepository(SignUp).save(
    statuses.map((status, i) => ({ editionId: edition.id, name: `Aanmelder ${i}`, email: `aanmelder${edition.id}-${i}@gemeente.nl`, organisation: 'Gemeente Zeist', status })),
  );
}

async function participants(dataSource: DataSource, edition: Edition, statuses: Enrolment['status'][]): Promise<void> {
  for (const status of statuses) await enrol(dataSource, edition, await createUser(dataSource), 'participant', status);
}

describe('the coordinators’ dashboard', () => {
  let t: TestApp;
  let coordinator: Agent;

  beforeAll(async () => {
    t = await startTestApp();
    await createUser(t.dataSource, { email: 'coordinator@trainingsbureau.nl', name: 'Carla Coördinator', isCoordinator: true });
    coordinator = await loggedIn(t.app.getHttpServer(), 'coordinator@trainingsbureau.nl');
  });

  afterAll(() => t.close());

  it('lists every edition with participants, new sign-ups and a warning when short of people', async () => {
    const soon = await createEdition(t.dataSource, { title: 'Binnenkort', capacityMin: 10, capacityMax: 12, ...inDays(10) });
    await participants(t.dataSource, soon, ['active', 'invited', 'withdrawn']);
    await enrol(t.dataSource, soon, await createUser(t.dataSource), 'trainer');
    await signUps(t.dataSource, soon, ['pending', 'pending', 'waiting', 'declined']);
    const later = await createEdition(t.dataSource, { title: 'Later', status: 'draft', capacityMin: 10, ...inDays(40) });
    await participants(t.dataSource, later, ['active']);
    const full = await createEdition(t.dataSource, { title: 'Vol genoeg', status: 'closed', capacityMin: 2, capacityMax: 20, ...inDays(5) });
    await participants(t.dataSource, full, ['active', 'active']);
    await createEdition(t.dataSource, { title: 'Voorbij', status: 'archived', ...inDays(-100) });

    const res = await coordinator.get('/beheer').expect(200);
    expect(textOf(res.text, 'h1')).toBe('Beheer');
    expect(textOf(res.text, 'thead')).toBe('Leeratelier Eerste bijeenkomst Status Deelnemers Nieuwe aanmeldingen');
    const rows = [...res.text.matchAll(/<tr class="utrecht-table__row">([\s\S]*?)<\/tr>/g)].slice(1).map((m) => visibleText(m[1]).replace(/\w+dag \d+ \w+ \d{4}/, 'DATUM'));
    expect(rows).toEqual([
      'Later DATUM Concept 1 van 20 0',
      'Binnenkort DATUM Open voor aanmelding 2 van 12 Onder het minimum (minimaal 10) 2',
      'Vol genoeg DATUM Gesloten 2 van 20 0',
      'Voorbij DATUM Gearchiveerd 0 van 20 0',
    ]);
    expect(res.text).toContain(`<a class="utrecht-link" href="/beheer/leerateliers/${soon.slug}/bewerken">Binnenkort</a>`);
    expect(res.text).toContain('href="/beheer/leerateliers/nieuw">Nieuw leeratelier</a>');
    expect(res.text).toContain('href="/beheer/e-mail">Verstuurde e-mail</a>');
    expect(res.text).toContain('<a href="/beheer" aria-current="page">Beheer</a>');
  });

  it('reads the numbers in a fixed number of queries, however many editions there are', async () => {
    // SQLite has one query runner for the whole app, so every query of the page passes here.
    const spy = jest.spyOn(t.dataSource.driver.createQueryRunner('master'), 'query');
    const dashboardQueries = async () => {
      spy.mockClear();
      await coordinator.get('/beheer').expect(200);
      return spy.mock.calls.filter(([sql]) => /FROM "(editions|enrolments|sign_ups)"/.test(sql)).length;
    };
    try {
      const before = await dashboardQueries();
      for (let i = 0; i < 3; i++) await createEdition(t.dataSource, { title: `Extra ${i}`, ...inDays(60 + i) });
      expect([before, await dashboardQueries()]).toEqual([3, 3]);
    } finally {
      spy.mockRestore();
    }
  });

  it('speaks English to a coordinator who asks for it', async () => {
    const res = await coordinator.get('/beheer').set('Accept-Language', 'en').expect(200);
    expect(textOf(res.text, 'thead')).toBe('Workshop First meeting Status Participants New sign-ups');
    expect(textOf(res.text, 'tbody')).toContain('Binnenkort');
    expect(textOf(res.text, 'tbody')).toContain('Open for registration 2 of 12 Below the minimum (at least 10) 2');
  });
});

describe('trainers and the outbox', () => {
  let t: TestApp;
  let coordinator: Agent;
  let edition: Edition;

  beforeAll(async () => {
    // An http address: with https the session cookie is marked secure and supertest would not send it back.
    t = await startTestApp({ BASE_URL: 'http://casus.example.nl' });
    await createUser(t.dataSource, { email: 'coordinator@trainingsbureau.nl', name: 'Carla Coördinator', isCoordinator: true });
    coordinator = await loggedIn(t.app.getHttpServer(), 'coordinator@trainingsbureau.nl');
    edition = await createEdition(t.dataSource, { slug: 'najaar-2030', title: 'Leeratelier najaar 2030' });
  });

  afterAll(() => t.close());

  it('invites a trainer, who is listed and whose invitation waits in the outbox', async () => {
    const res = await postForm(coordinator, '/beheer/leerateliers/najaar-2030/trainers', { name: 'Tom Trainer', email: ' Tom.Trainer@Participatiebureau.nl ' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/beheer/leerateliers/najaar-2030/bewerken#trainers');

    const page = await coordinator.get('/beheer/leerateliers/najaar-2030/bewerken').expect(200);
    expect(textOf(page.text, 'main')).toContain('Tom Trainer is uitgenodigd als trainer en krijgt een e-mail met een link.');
    expect(textOf(page.text, 'tbody')).toBe('Tom Trainer tom.trainer@participatiebureau.nl Uitgenodigd');

    const user = await t.dataSource.getRepository(User).findOneByOrFail({ email: 'tom.trainer@participatiebureau.nl' });
    const enrolment = await t.dataSource.getRepository(Enrolment).findOneByOrFail({ editionId: edition.id, userId: user.id });
    expect([enrolment.role, enrolment.status]).toEqual(['trainer', 'invited']);
    const [mail] = await mailsTo(t.dataSource, 'tom.trainer@participatiebureau.nl');
    expect([mail.status, mail.template, mail.subject]).toEqual(['kept', 'invitation', 'Uitnodiging: Leeratelier najaar 2030']);

    const outbox = await coordinator.get('/beheer/e-mail').expect(200);
    expect(textOf(outbox.text, 'main')).toContain('Er is geen mailserver ingesteld. Het portaal verstuurt daarom geen e-mail, maar bewaart elke e-mail hier.');
    expect(textOf(outbox.text, 'tbody')).toContain('Tom Trainer tom.trainer@participatiebureau.nl Uitnodiging: Leeratelier najaar 2030 Bewaard, niet verstuurd');

    const shown = await coordinator.get(`/beheer/e-mail/${mail.id}`).expect(200);
    expect(textOf(shown.text, 'h1')).toBe('Uitnodiging: Leeratelier najaar 2030');
    expect(visibleText(shown.text)).toMatch(/http:\/\/casus\.example\.nl\/uitnodiging\/[A-Za-z0-9_-]{43}/);
  });

  it('says so when the person already takes part, and sends nothing', async () => {
    const participant = await createUser(t.dataSource, { email: 'petra@gemeente-zeist.nl', name: 'Petra Deelnemer' });
    await enrol(t.dataSource, edition, participant, 'participant');
    const res = await postForm(coordinator, '/beheer/leerateliers/najaar-2030/trainers', { name: 'Petra', email: 'petra@gemeente-zeist.nl' });
    expect(res.status).toBe(422);
    expect(textOf(res.text, 'main')).toContain(
      'E-mailadres Fout: Deze persoon doet al mee als deelnemer. In een leeratelier heeft iemand maar één rol.',
    );
    expect(res.text).toContain('value="petra@gemeente-zeist.nl"');
    expect(await mailsTo(t.dataSource, 'petra@gemeente-zeist.nl')).toEqual([]);

    const again = await postForm(coordinator, '/beheer/leerateliers/najaar-2030/trainers', { name: 'Tom', email: 'tom.trainer@participatiebureau.nl' });
    expect(textOf(again.text, 'main')).toContain('E-mailadres Fout: Deze persoon is al trainer van dit leeratelier.');
  });

  it('asks for a name and a real e-mail address, keeping what was typed', async () => {
    const res = await postForm(coordinator, '/beheer/leerateliers/najaar-2030/trainers', { name: '', email: 'tom bij bureau' });
    expect(res.status).toBe(422);
    expect(textOf(res.text, 'main')).toContain('Naam Fout: Vul dit veld in.');
    expect(textOf(res.text, 'main')).toContain('E-mailadres Fout: Vul een e-mailadres in zoals naam@gemeente.nl.');
    expect(res.text).toContain('value="tom bij bureau"');
  });

  it('answers unknown mails and pages of the outbox with 404', async () => {
    await coordinator.get('/beheer/e-mail/999').expect(404);
    await coordinator.get('/beheer/e-mail/abc').expect(404);
    await coordinator.get('/beheer/e-mail?pagina=7').expect(404);
  });
});
