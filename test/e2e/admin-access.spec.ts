import request from 'supertest';
import { Edition } from '../../src/editions/edition.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { MailService } from '../../src/mail/mail.service';
import { OutboxMail } from '../../src/mail/outbox-mail.entity';
import { User } from '../../src/users/user.entity';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { textOf, visibleText } from '../utils/html';
import { type Agent, csrfToken, loggedIn, postForm } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

const EDITION = 'geheim-2030';
const PAGES = ['/beheer', '/beheer/leerateliers/nieuw', `/beheer/leerateliers/${EDITION}/bewerken`, '/beheer/e-mail', '/beheer/e-mail/1'];
const POSTS: [string, Record<string, string>][] = [
  ['/beheer/leerateliers/nieuw', { title: 'Ingebroken' }],
  [`/beheer/leerateliers/${EDITION}/bewerken`, { title: 'Ingebroken' }],
  [`/beheer/leerateliers/${EDITION}/kopie`, {}],
  [`/beheer/leerateliers/${EDITION}/status`, { status: 'archived' }],
  [`/beheer/leerateliers/${EDITION}/trainers`, { name: 'Indringer', email: 'indringer@example.org' }],
];

describe('the coordinators’ pages refuse everyone else', () => {
  let t: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let edition: Edition;

  beforeAll(async () => {
    t = await startTestApp();
    server = t.app.getHttpServer();
    edition = await createEdition(t.dataSource, { slug: EDITION, title: 'Geheim leeratelier', status: 'draft' });
    await enrol(t.dataSource, edition, await createUser(t.dataSource, { email: 'deelnemer@gemeente.nl' }), 'participant');
    await enrol(t.dataSource, edition, await createUser(t.dataSource, { email: 'trainer@trainingsbureau.nl' }), 'trainer');
    await createUser(t.dataSource, { email: 'coordinator@trainingsbureau.nl', isCoordinator: true });
    await t.app.get(MailService).queue({
      to: { address: 'iemand@gemeente.nl', name: 'Iemand' },
      lang: 'nl',
      template: 'password-reset',
      model: { name: 'Iemand', link: 'https://casus.example.nl/wachtwoord-instellen/abc', expiresAt: new Date('2030-01-01T12:00:00Z') },
    });
  });

  afterAll(() => t.close());

  /** What the refused requests could have changed. */
  async function snapshot() {
    return {
      editions: await t.dataSource.getRepository(Edition).find({ order: { id: 'ASC' } }),
      enrolments: await t.dataSource.getRepository(Enrolment).count(),
      users: await t.dataSource.getRepository(User).count(),
      mails: await t.dataSource.getRepository(OutboxMail).count(),
    };
  }

  describe.each(['deelnemer@gemeente.nl', 'trainer@trainingsbureau.nl'])('logged in as %s', (email) => {
    let agent: Agent;
    beforeAll(async () => {
      agent = await loggedIn(server, email);
    });

    it.each(PAGES)('GET %s gives the Dutch 403 page and nothing of the page', async (path) => {
      const res = await agent.get(path);
      expect(res.status).toBe(403);
      expect(textOf(res.text, 'h1')).toBe('Geen toegang');
      expect(textOf(res.text, 'main')).toBe('Geen toegang Je hebt geen toegang tot deze pagina. Naar de startpagina Foutcode 403');
    });

    it('every POST gives 403 and changes nothing', async () => {
      const before = await snapshot();
      for (const [path, fields] of POSTS) {
        const res = await postForm(agent, path, fields);
        expect({ path, status: res.status, h1: textOf(res.text, 'h1') }).toEqual({ path, status: 403, h1: 'Geen toegang' });
      }
      expect(await snapshot()).toEqual(before);
    });
  });

  it.each(PAGES)('sends an anonymous visitor of %s to the login page and back', async (path) => {
    const res = await request(server).get(path).expect(303);
    expect(res.headers.location).toBe(`/inloggen?terug=${encodeURIComponent(path)}`);
    expect(visibleText(res.text)).not.toContain('Geheim');
  });

  it('sends an anonymous POST with a valid token to the login page, changing nothing', async () => {
    const before = await snapshot();
    const anonymous = request.agent(server);
    for (const [path, fields] of POSTS) {
      const res = await postForm(anonymous, path, fields);
      expect({ path, status: res.status, location: res.headers.location }).toEqual({ path, status: 303, location: '/inloggen' });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a coordinator’s POST without a CSRF token with 403, changing nothing', async () => {
    const coordinator = await loggedIn(server, 'coordinator@trainingsbureau.nl');
    await csrfToken(coordinator, '/beheer/leerateliers/nieuw');
    const before = await snapshot();
    for (const [path, fields] of POSTS) {
      const res = await coordinator.post(path).type('form').send(fields);
      expect({ path, status: res.status }).toEqual({ path, status: 403 });
    }
    const wrong = await coordinator.post(`/beheer/leerateliers/${EDITION}/status`).type('form').send({ _csrf: 'nagemaakt', status: 'archived' });
    expect(wrong.status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });
});
