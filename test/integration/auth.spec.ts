import request from 'supertest';
import { Session } from '../../src/auth/session.entity';
import { OneTimeToken } from '../../src/auth/one-time-token.entity';
import { createUser, TEST_PASSWORD } from '../factories/people';
import { textOf } from '../utils/html';
import { linkIn, mailsTo } from '../utils/outbox';
import { csrfToken, loggedIn } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

function sessionId(res: request.Response): string | undefined {
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  return cookies.find((c) => c.startsWith('casus.sid='))?.split(';')[0];
}

describe('logging in', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  it('lands on "Mijn leerateliers" with a new session id', async () => {
    await createUser(t.dataSource, { email: 'anne@westerkwartier.nl', name: 'Anne de Vries' });
    const agent = request.agent(t.app.getHttpServer());
    const before = await agent.get('/inloggen');
    const token = /name="_csrf" value="([^"]+)"/.exec(before.text)![1];
    const login = await agent.post('/inloggen').type('form').send({ _csrf: token, email: ' Anne@Westerkwartier.NL ', password: TEST_PASSWORD, terug: '/' });
    expect(login.status).toBe(303);
    expect(login.headers.location).toBe('/mijn');
    expect(sessionId(login)).toBeDefined();
    expect(sessionId(login)).not.toBe(sessionId(before));
    const mine = await agent.get('/mijn').expect(200);
    expect(textOf(mine.text, 'h1')).toBe('Mijn leerateliers');
    expect(mine.text).toContain('Ingelogd als Anne de Vries');
  });

  it('gives the same Dutch message for a wrong password and an unknown address, keeping the address', async () => {
    await createUser(t.dataSource, { email: 'anne@westerkwartier.nl' });
    for (const email of ['anne@westerkwartier.nl', 'niemand@westerkwartier.nl']) {
      const agent = request.agent(t.app.getHttpServer());
      const csrf1 = await csrfToken(agent);
      const res = await agent.post('/inloggen').type('form').send({ _csrf: csrf1, email, password: 'verkeerd wachtwoord' });
      expect(res.status).toBe(422);
      expect(res.text).toContain('Het e-mailadres of het wachtwoord klopt niet.');
      expect(res.text).toContain(`value="${email}"`);
    }
  });

  it('blocks an account after five wrong passwords, with a message that says how long', async () => {
    await createUser(t.dataSource, { email: 'anne@westerkwartier.nl' });
    const agent = request.agent(t.app.getHttpServer());
    const token = await csrfToken(agent);
    for (let i = 0; i < 5; i++) {
      await agent.post('/inloggen').type('form').send({ _csrf: token, email: 'anne@westerkwartier.nl', password: 'verkeerd wachtwoord' }).expect(422);
    }
    const blocked = await agent.post('/inloggen').type('form').send({ _csrf: token, email: 'anne@westerkwartier.nl', password: TEST_PASSWORD });
    expect(blocked.status).toBe(429);
    expect(textOf(blocked.text, 'main')).toContain('Er is te vaak een verkeerd wachtwoord ingevuld. Probeer het over 15 minuten opnieuw');
    // An unknown address is blocked in the same way, so the message reveals nothing.
    for (let i = 0; i < 5; i++) {
      await agent.post('/inloggen').type('form').send({ _csrf: token, email: 'niemand@x.nl', password: 'verkeerd wachtwoord' });
    }
    const unknown = await agent.post('/inloggen').type('form').send({ _csrf: token, email: 'niemand@x.nl', password: 'verkeerd wachtwoord' });
    expect(unknown.status).toBe(429);
  });

  it('blocks a network address after twenty failures across accounts', async () => {
    await createUser(t.dataSource, { email: 'kees@oss.nl' });
    const agent = request.agent(t.app.getHttpServer());
    const token = await csrfToken(agent);
    for (let i = 0; i < 20; i++) {
      await agent.post('/inloggen').type('form').send({ _csrf: token, email: `poging${i}@x.nl`, password: 'verkeerd wachtwoord' });
    }
    const res = await agent.post('/inloggen').type('form').send({ _csrf: token, email: 'kees@oss.nl', password: TEST_PASSWORD });
    expect(res.status).toBe(429);
  });

  it('refuses a login post without a CSRF token and starts no session', async () => {
    await createUser(t.dataSource, { email: 'anne@westerkwartier.nl' });
    const res = await request(t.app.getHttpServer()).post('/inloggen').type('form').send({ email: 'anne@westerkwartier.nl', password: TEST_PASSWORD });
    expect(res.status).toBe(403);
    expect(textOf(res.text, 'h1')).toBe('Geen toegang');
    expect(await t.dataSource.getRepository(Session).count()).toBe(0);
  });

  it('sends a visitor of a page behind login to the login page and back', async () => {
    const user = await createUser(t.dataSource);
    const res = await request(t.app.getHttpServer()).get('/mijn').expect(303);
    expect(res.headers.location).toBe('/inloggen?terug=%2Fmijn');
    const agent = request.agent(t.app.getHttpServer());
    const csrf2 = await csrfToken(agent);
    const login = await agent.post('/inloggen').type('form').send({ _csrf: csrf2, email: user.email, password: TEST_PASSWORD, terug: '/mijn' });
    expect(login.headers.location).toBe('/mijn');
  });

  it('ends the session at logout', async () => {
    const user = await createUser(t.dataSource);
    const agent = await loggedIn(t.app.getHttpServer(), user.email);
    const csrf3 = await csrfToken(agent, '/mijn');
    await agent.post('/uitloggen').type('form').send({ _csrf: csrf3 }).expect(303);
    await agent.get('/mijn').expect(303);
    expect(await t.dataSource.getRepository(Session).count()).toBe(0);
  });
});

describe('sessions', () => {
  it('survive a restart of the portal', async () => {
    const first = await startTestApp();
    const user = await createUser(first.dataSource);
    const agent = await loggedIn(first.app.getHttpServer(), user.email);
    const cookie = (await agent.get('/mijn')).request.cookies;
    await first.app.close();

    const database = first.config.database.type === 'sqlite' ? first.config.database.path : '';
    const second = await startTestApp({ DATABASE_URL: database, DATA_DIR: first.config.dataDir });
    const res = await request(second.app.getHttpServer()).get('/mijn').set('Cookie', cookie).expect(200);
    expect(res.text).toContain(`Ingelogd als ${user.name}`);
    await second.close();
  });
});

describe('forgotten password', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  it('mails a link that sets a new password once', async () => {
    const user = await createUser(t.dataSource, { email: 'jeroen@midden-groningen.nl', name: 'Jeroen Bakker' });
    const agent = request.agent(t.app.getHttpServer());
    const csrf4 = await csrfToken(agent);
    const sent = await agent.post('/wachtwoord-vergeten').type('form').send({ _csrf: csrf4, email: 'Jeroen@Midden-Groningen.nl' });
    expect(textOf(sent.text, 'main')).toContain('Als er een account is met het adres jeroen@midden-groningen.nl');
    const [mail] = await mailsTo(t.dataSource, user.email);
    expect(mail.subject).toBe('Nieuw wachtwoord instellen');
    expect(mail.textBody).toContain('Beste Jeroen Bakker,');
    const link = linkIn(mail.textBody, '/wachtwoord-instellen/');

    const csrf5 = await csrfToken(agent, link);
    const weak = await agent.post(link).type('form').send({ _csrf: csrf5, password: 'wachtwoord123', passwordAgain: 'wachtwoord123' });
    expect(weak.status).toBe(422);
    expect(weak.text).toContain('Dit wachtwoord wordt veel gebruikt en is makkelijk te raden. Kies een ander.');

    const token = await csrfToken(agent, link);
    const set = await agent.post(link).type('form').send({ _csrf: token, password: 'zonnebloem op het dak', passwordAgain: 'zonnebloem op het dak' });
    expect(set.status).toBe(303);
    expect((await agent.get('/mijn')).text).toContain('Je wachtwoord is opgeslagen. Je bent ingelogd.');

    const again = await agent.get(link).expect(410);
    expect(textOf(again.text, 'main')).toContain('Deze link is al gebruikt.');
    const fresh = await loggedIn(t.app.getHttpServer(), user.email, 'zonnebloem op het dak');
    await fresh.get('/mijn').expect(200);
  });

  it('says the same for an unknown address and mails nothing', async () => {
    const agent = request.agent(t.app.getHttpServer());
    const csrf6 = await csrfToken(agent);
    const res = await agent.post('/wachtwoord-vergeten').type('form').send({ _csrf: csrf6, email: 'niemand@x.nl' });
    expect(textOf(res.text, 'main')).toContain('Als er een account is met het adres niemand@x.nl');
    expect(await mailsTo(t.dataSource, 'niemand@x.nl')).toEqual([]);
  });

  it('refuses an expired link and offers a new one', async () => {
    const user = await createUser(t.dataSource);
    const agent = request.agent(t.app.getHttpServer());
    const csrf7 = await csrfToken(agent);
    await agent.post('/wachtwoord-vergeten').type('form').send({ _csrf: csrf7, email: user.email });
    const link = linkIn((await mailsTo(t.dataSource, user.email))[0].textBody, '/wachtwoord-instellen/');
    await t.dataSource.getRepository(OneTimeToken).update({ userId: user.id }, { expiresAt: new Date(Date.now() - 1000) });
    const res = await agent.get(link).expect(410);
    expect(textOf(res.text, 'main')).toContain('Deze link is verlopen. Vraag hieronder een nieuwe aan.');
  });
});
