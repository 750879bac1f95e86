import request from 'supertest';
import { Edition } from '../../src/editions/edition.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { SignUp } from '../../src/enrolments/sign-up.entity';
import { User } from '../../src/users/user.entity';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { textOf, visibleText } from '../utils/html';
import { linkIn, mailsTo } from '../utils/outbox';
import { Agent, csrfToken, loggedIn } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

const LIST = '/beheer/leerateliers/klein/aanmeldingen';

describe("the coordinator's decisions on sign-ups", () => {
  let t: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let coordinator: Agent;

  beforeEach(async () => {
    t = await startTestApp();
    server = t.app.getHttpServer();
    await createUser(t.dataSource, { email: 'coordinator@leeratelier.nl', name: 'Carla Coördinator', isCoordinator: true });
    coordinator = await loggedIn(server, 'coordinator@leeratelier.nl');
  });
  afterEach(() => t.close());

  /** A visitor signs up through the public form; `lang` is their browser's language. */
  async function signUp(slug: string, name: string, email: string, extra: Record<string, string> = {}, lang = 'nl') {
    const agent = request.agent(server);
    const token = await csrfToken(agent, `/leerateliers/${slug}/aanmelden`);
    const fields = { name, email, organisation: 'Gemeente Oldambt', jobTitle: 'Beleidsadviseur wonen', lunch: 'nee', remarks: '', ...extra };
    const res = await agent.post(`/leerateliers/${slug}/aanmelden`).set('Accept-Language', lang).type('form').send({ _csrf: token, ...fields });
    expect(res.status).toBe(303);
  }

  const idOf = async (email: string) => (await t.dataSource.getRepository(SignUp).findOneByOrFail({ email })).id;
  const statuses = async () => (await t.dataSource.getRepository(SignUp).find({ order: { id: 'ASC' } })).map((s) => [s.name, s.status]);

  /** Posts a decision button as the page does, and returns the message shown after the redirect. */
  async function decide(agent: Agent, email: string, action: 'goedkeuren' | 'afwijzen'): Promise<string> {
    const id = await idOf(email);
    const token = await csrfToken(agent, LIST);
    const res = await agent.post(`${LIST}/${id}/${action}`).type('form').send({ _csrf: token });
    expect([res.status, res.headers.location]).toEqual([303, LIST]);
    const page = await agent.get(LIST).expect(200);
    return visibleText(/<div class="utrecht-alert[^"]*" role="[a-z]+">([\s\S]*?)<\/div>\s*<\/div>/.exec(page.text)?.[1] ?? '');
  }

  it('lists pending sign-ups with what the coordinator needs, the waiting list in order, and the decided ones', async () => {
    await createEdition(t.dataSource, { slug: 'klein', title: 'Klein leeratelier', capacityMax: 1 });
    await signUp('klein', 'Anne de Vries', 'anne@oldambt.nl', { lunch: 'ja', remarks: 'Ik eet vegetarisch.' });
    await signUp('klein', 'Bram Jansen', 'bram@oldambt.nl');
    await signUp('klein', 'Daan Mulder', 'daan@oldambt.nl');
    await signUp('klein', 'Eva Bos', 'eva@oldambt.nl');
    await decide(coordinator, 'eva@oldambt.nl', 'afwijzen');

    const page = await coordinator.get(LIST).expect(200);
    expect(textOf(page.text, 'h1')).toBe('Aanmeldingen voor Klein leeratelier');
    // Sign-up times are "now"; the page shows them as Dutch dates.
    const main = textOf(page.text, 'main').replace(/\p{L}+dag \d{1,2} \p{L}+ \d{4}, \d{1,2}\.\d\d uur/gu, '<datum>');
    const details = (email: string, lunch: string) =>
      `Organisatie Gemeente Oldambt Functie Beleidsadviseur wonen E-mailadres ${email} Luncht mee ${lunch}`;
    expect(main).toBe(
      'Aanmeldingen voor Klein leeratelier 1 van de 1 plaatsen zijn bezet. Vrij: 0. ' +
        `Wachten op een besluit Anne de Vries ${details('anne@oldambt.nl', 'Ja')} Opmerkingen Ik eet vegetarisch. Aangemeld op <datum> ` +
        'Goedkeuren Afwijzen ' +
        `Wachtlijst Bram Jansen Nummer 1 op de wachtlijst ${details('bram@oldambt.nl', 'Nee')} Aangemeld op <datum> ` +
        'Goedkeuren Afwijzen ' +
        `Daan Mulder Nummer 2 op de wachtlijst ${details('daan@oldambt.nl', 'Nee')} Aangemeld op <datum> ` +
        'Goedkeuren Afwijzen ' +
        `Besloten Eva Bos ${details('eva@oldambt.nl', 'Nee')} Aangemeld op <datum> Besluit Afgewezen, <datum>`,
    );
  });

  it('approves: the person gets an enrolment and an invitation mail in their own language, once', async () => {
    const edition = await createEdition(t.dataSource, { slug: 'klein', title: 'Klein leeratelier' });
    await signUp('klein', 'Anne de Vries', 'anne@oldambt.nl', { lunch: 'ja' }, 'en');

    expect(await decide(coordinator, 'anne@oldambt.nl', 'goedkeuren')).toBe('Anne de Vries is goedgekeurd en krijgt een uitnodiging per e-mail.');
    const signUpRow = await t.dataSource.getRepository(SignUp).findOneByOrFail({ email: 'anne@oldambt.nl' });
    expect(signUpRow.status).toBe('approved');
    expect(signUpRow.decidedAt).toBeInstanceOf(Date);
    const user = await t.dataSource.getRepository(User).findOneByOrFail({ email: 'anne@oldambt.nl' });
    expect([user.name, user.organisation, user.jobTitle, user.language, user.passwordHash]).toEqual([
      'Anne de Vries', 'Gemeente Oldambt', 'Beleidsadviseur wonen', 'en', null,
    ]);
    const enrolment = await t.dataSource.getRepository(Enrolment).findOneByOrFail({ userId: user.id });
    expect([enrolment.editionId, enrolment.role, enrolment.status, enrolment.lunch]).toEqual([edition.id, 'participant', 'invited', true]);
    const mails = await mailsTo(t.dataSource, 'anne@oldambt.nl');
    expect(mails.map((m) => [m.template, m.lang])).toEqual([
      ['sign-up-received', 'en'],
      ['invitation', 'en'],
    ]);
    expect(mails[1].textBody).toContain('Klein leeratelier');
    expect(linkIn(mails[1].textBody, '/uitnodiging/')).toMatch(/^\/uitnodiging\/[A-Za-z0-9_-]{43}$/);

    expect(await decide(coordinator, 'anne@oldambt.nl', 'goedkeuren')).toBe('Over Anne de Vries was al besloten: goedgekeurd. Er is niets veranderd.');
    expect(await decide(coordinator, 'anne@oldambt.nl', 'afwijzen')).toBe('Over Anne de Vries was al besloten: goedgekeurd. Er is niets veranderd.');
    expect((await mailsTo(t.dataSource, 'anne@oldambt.nl')).length).toBe(2);
    expect(await t.dataSource.getRepository(Enrolment).count()).toBe(1);
  });

  it('decides once when two coordinators click at the same moment', async () => {
    await createEdition(t.dataSource, { slug: 'klein' });
    await createUser(t.dataSource, { email: 'tweede@leeratelier.nl', isCoordinator: true });
    const other = await loggedIn(server, 'tweede@leeratelier.nl');
    await signUp('klein', 'Anne de Vries', 'anne@oldambt.nl');
    const id = await idOf('anne@oldambt.nl');
    const [token1, token2] = [await csrfToken(coordinator, LIST), await csrfToken(other, LIST)];
    await Promise.all([
      coordinator.post(`${LIST}/${id}/goedkeuren`).type('form').send({ _csrf: token1 }).expect(303),
      other.post(`${LIST}/${id}/goedkeuren`).type('form').send({ _csrf: token2 }).expect(303),
    ]);
    const messages = [coordinator, other].map(async (agent) => textOf((await agent.get(LIST)).text, 'main'));
    const seen = await Promise.all(messages);
    expect(seen.filter((text) => text.includes('Anne de Vries is goedgekeurd en krijgt een uitnodiging per e-mail.')).length).toBe(1);
    expect(seen.filter((text) => text.includes('Over Anne de Vries was al besloten: goedgekeurd.')).length).toBe(1);
    expect((await mailsTo(t.dataSource, 'anne@oldambt.nl')).map((m) => m.template)).toEqual(['sign-up-received', 'invitation']);
  });

  it('declines politely and gives the place to the first on the waiting list, with a mail', async () => {
    await createEdition(t.dataSource, { slug: 'klein', title: 'Klein leeratelier', capacityMax: 1 });
    await signUp('klein', 'Anne de Vries', 'anne@oldambt.nl');
    await signUp('klein', 'Bram Jansen', 'bram@oldambt.nl');
    await signUp('klein', 'Daan Mulder', 'daan@oldambt.nl');

    expect(await decide(coordinator, 'anne@oldambt.nl', 'afwijzen')).toBe('Anne de Vries is afgewezen en krijgt daarover een e-mail.');
    expect(await statuses()).toEqual([
      ['Anne de Vries', 'declined'],
      ['Bram Jansen', 'pending'],
      ['Daan Mulder', 'waiting'],
    ]);
    const [, declined] = await mailsTo(t.dataSource, 'anne@oldambt.nl');
    expect(declined.subject).toBe('Over je aanmelding voor Klein leeratelier');
    expect(declined.textBody).toContain(
      'Beste Anne de Vries,\n\nBedankt voor je aanmelding voor Klein leeratelier. Helaas kun je deze keer niet meedoen.\n\n' +
        'We hopen je bij een volgend leeratelier te zien. Op deze pagina zie je welke leerateliers er gepland zijn:\nhttp://localhost:',
    );
    expect((await mailsTo(t.dataSource, 'bram@oldambt.nl')).map((m) => m.subject)).toEqual([
      'Je aanmelding voor Klein leeratelier',
      'Er is een plaats vrij bij Klein leeratelier',
    ]);
    expect((await mailsTo(t.dataSource, 'daan@oldambt.nl')).length).toBe(1);
    expect(await decide(coordinator, 'anne@oldambt.nl', 'afwijzen')).toBe('Over Anne de Vries was al besloten: afgewezen. Er is niets veranderd.');
    expect((await mailsTo(t.dataSource, 'anne@oldambt.nl')).length).toBe(2);
  });

  it('approves someone from the waiting list only when a place is free', async () => {
    const edition = await createEdition(t.dataSource, { slug: 'klein', capacityMax: 1 });
    await signUp('klein', 'Anne de Vries', 'anne@oldambt.nl');
    await signUp('klein', 'Bram Jansen', 'bram@oldambt.nl');

    expect(await decide(coordinator, 'bram@oldambt.nl', 'goedkeuren')).toBe('Het leeratelier is vol. Bram Jansen blijft op de wachtlijst.');
    expect(await statuses()).toEqual([
      ['Anne de Vries', 'pending'],
      ['Bram Jansen', 'waiting'],
    ]);
    expect(await t.dataSource.getRepository(Enrolment).count()).toBe(0);

    // The coordinator makes room, e.g. a bigger venue.
    await t.dataSource.getRepository(Edition).update(edition.id, { capacityMax: 2 });
    expect(await decide(coordinator, 'bram@oldambt.nl', 'goedkeuren')).toBe('Bram Jansen is goedgekeurd en krijgt een uitnodiging per e-mail.');
    expect(await statuses()).toEqual([
      ['Anne de Vries', 'pending'],
      ['Bram Jansen', 'approved'],
    ]);
  });

  it('approves someone who was enrolled in the meantime without a second invitation', async () => {
    const edition = await createEdition(t.dataSource, { slug: 'klein' });
    await signUp('klein', 'Anne de Vries', 'anne@oldambt.nl');
    await enrol(t.dataSource, edition, await createUser(t.dataSource, { email: 'anne@oldambt.nl' }), 'participant', 'active');
    expect(await decide(coordinator, 'anne@oldambt.nl', 'goedkeuren')).toBe(
      'Anne de Vries is goedgekeurd. Anne de Vries was al ingeschreven, dus er is geen nieuwe uitnodiging gestuurd.',
    );
    expect((await mailsTo(t.dataSource, 'anne@oldambt.nl')).map((m) => m.template)).toEqual(['sign-up-received']);
  });

  it('says a withdrawn sign-up cannot be decided any more', async () => {
    await createEdition(t.dataSource, { slug: 'klein' });
    await signUp('klein', 'Anne de Vries', 'anne@oldambt.nl');
    await t.dataSource.getRepository(SignUp).update({ email: 'anne@oldambt.nl' }, { status: 'withdrawn' });
    expect(await decide(coordinator, 'anne@oldambt.nl', 'goedkeuren')).toBe('Anne de Vries heeft de aanmelding zelf ingetrokken. Er is niets veranderd.');
  });

  it('keeps participants, trainers and visitors out of the decision routes', async () => {
    const edition = await createEdition(t.dataSource, { slug: 'klein' });
    await signUp('klein', 'Anne de Vries', 'anne@oldambt.nl');
    const id = await idOf('anne@oldambt.nl');
    for (const role of ['participant', 'trainer'] as const) {
      const user = await createUser(t.dataSource);
      await enrol(t.dataSource, edition, user, role, 'active');
      const agent = await loggedIn(server, user.email);
      expect(textOf((await agent.get(LIST).expect(403)).text, 'h1')).toBe('Geen toegang');
      const token = await csrfToken(agent, '/mijn');
      for (const action of ['goedkeuren', 'afwijzen']) {
        await agent.post(`${LIST}/${id}/${action}`).type('form').send({ _csrf: token }).expect(403);
      }
    }
    await request(server).get(LIST).expect(303).expect('Location', `/inloggen?terug=${encodeURIComponent(LIST)}`);
    const visitor = request.agent(server);
    const token = await csrfToken(visitor, '/inloggen');
    await visitor.post(`${LIST}/${id}/goedkeuren`).type('form').send({ _csrf: token }).expect(303).expect('Location', '/inloggen');
    await request(server).post(`${LIST}/${id}/goedkeuren`).type('form').send({}).expect(403);
    expect(await statuses()).toEqual([['Anne de Vries', 'pending']]);
    expect(await t.dataSource.getRepository(Enrolment).count()).toBe(2);
  });

  it('refuses a decision without a CSRF token', async () => {
    await createEdition(t.dataSource, { slug: 'klein' });
    await signUp('klein', 'Anne de Vries', 'anne@oldambt.nl');
    const res = await coordinator.post(`${LIST}/${await idOf('anne@oldambt.nl')}/goedkeuren`).type('form').send({});
    expect(res.status).toBe(403);
    expect(await statuses()).toEqual([['Anne de Vries', 'pending']]);
  });

  it.each([
    ['/beheer/leerateliers/bestaat-niet/aanmeldingen'],
    [`${LIST}/999/goedkeuren`],
    [`${LIST}/abc/afwijzen`],
  ])('answers %s with a 404', async (path) => {
    await createEdition(t.dataSource, { slug: 'klein' });
    if (path.endsWith('aanmeldingen')) {
      await coordinator.get(path).expect(404);
      return;
    }
    const token = await csrfToken(coordinator, LIST);
    await coordinator.post(path).type('form').send({ _csrf: token }).expect(404);
  });
});
