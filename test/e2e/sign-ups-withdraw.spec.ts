import request from 'supertest';
import { SignUp } from '../../src/enrolments/sign-up.entity';
import { createEdition } from '../factories/editions';
import { textOf } from '../utils/html';
import { linkIn, mailsTo } from '../utils/outbox';
import { csrfToken } from '../utils/session';
import { SmtpSink, startSmtpSink } from '../utils/smtp-sink';
import { startTestApp, TestApp } from '../utils/test-app';

// Plain http: with https the session cookie is Secure, and supertest talks plain http.
const BASE_URL = 'http://casus.example.nl';

const ANNE = {
  name: 'Anne de Vries',
  email: 'anne.devries@midden-groningen.nl',
  organisation: 'Gemeente Midden-Groningen',
  jobTitle: 'Gebiedsregisseur',
  lunch: 'ja',
  remarks: '',
};

describe('withdrawing a sign-up with the link from the mail', () => {
  let t: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;

  beforeEach(async () => {
    t = await startTestApp({ BASE_URL });
    server = t.app.getHttpServer();
  });
  afterEach(() => t.close());

  async function signUp(slug: string, fields: Record<string, string>) {
    const agent = request.agent(server);
    const token = await csrfToken(agent, `/leerateliers/${slug}/aanmelden`);
    const res = await agent.post(`/leerateliers/${slug}/aanmelden`).type('form').send({ _csrf: token, ...fields });
    expect(res.status).toBe(303);
  }

  const stored = () => t.dataSource.getRepository(SignUp).find({ order: { id: 'ASC' } });

  it('withdraws with the link from the mail once, and gives the place to the first on the waiting list', async () => {
    await createEdition(t.dataSource, { slug: 'klein', title: 'Klein leeratelier', capacityMax: 1 });
    await signUp('klein', ANNE);
    await signUp('klein', { ...ANNE, name: 'Bram Jansen', email: 'bram@oldambt.nl' });
    await signUp('klein', { ...ANNE, name: 'Carla Smit', email: 'carla@oldambt.nl' });
    const link = linkIn((await mailsTo(t.dataSource, ANNE.email))[0].textBody, '/aanmelding/');

    const agent = request.agent(server);
    const confirm = await agent.get(link).expect(200);
    expect(textOf(confirm.text, 'h1')).toBe('Aanmelding intrekken');
    expect(textOf(confirm.text, 'main')).toContain('Wil je je aanmelding voor Klein leeratelier intrekken? Je plaats gaat dan naar iemand anders.');
    const token = await csrfToken(agent, link);
    const done = await agent.post(link).type('form').send({ _csrf: token }).expect(200);
    expect(textOf(done.text, 'h1')).toBe('Je aanmelding is ingetrokken');
    expect(textOf(done.text, 'main')).toContain('Je aanmelding voor Klein leeratelier is ingetrokken.');
    expect((await stored()).map((s) => [s.name, s.status])).toEqual([
      ['Anne de Vries', 'withdrawn'],
      ['Bram Jansen', 'pending'],
      ['Carla Smit', 'waiting'],
    ]);
    const bramMails = await mailsTo(t.dataSource, 'bram@oldambt.nl');
    expect(bramMails.map((m) => m.subject)).toEqual(['Je aanmelding voor Klein leeratelier', 'Er is een plaats vrij bij Klein leeratelier']);
    expect(bramMails[1].textBody).toContain(
      'Beste Bram Jansen,\n\nGoed nieuws: er is een plaats vrijgekomen bij Klein leeratelier. Je staat niet meer op de wachtlijst. ' +
        'De organisator bekijkt nu je aanmelding. Daarna krijg je een e-mail.',
    );

    const again = await agent.post(link).type('form').send({ _csrf: token }).expect(200);
    expect(textOf(again.text, 'h1')).toBe('Intrekken is niet nodig');
    expect(textOf(again.text, 'main')).toContain('Deze aanmelding is al ingetrokken. Je hoeft niets meer te doen.');
    expect(textOf((await agent.get(link).expect(200)).text, 'h1')).toBe('Intrekken is niet nodig');
    expect((await mailsTo(t.dataSource, 'carla@oldambt.nl')).length).toBe(1);

    // Withdrawn no longer counts: the same address may sign up again, now at the back.
    await signUp('klein', ANNE);
    expect((await stored()).map((s) => s.status)).toEqual(['withdrawn', 'pending', 'waiting', 'waiting']);
  });

  it('moves nobody up when someone on the waiting list withdraws', async () => {
    await createEdition(t.dataSource, { slug: 'klein', capacityMax: 0 });
    await signUp('klein', ANNE);
    await signUp('klein', { ...ANNE, email: 'bram@oldambt.nl' });
    const link = linkIn((await mailsTo(t.dataSource, ANNE.email))[0].textBody, '/aanmelding/');
    const agent = request.agent(server);
    const token = await csrfToken(agent, link);
    await agent.post(link).type('form').send({ _csrf: token }).expect(200);
    expect((await stored()).map((s) => s.status)).toEqual(['withdrawn', 'waiting']);
  });

  it.each(['/aanmelding/kapot/intrekken', `/aanmelding/${'a'.repeat(43)}/intrekken`])('answers an unknown withdraw link %s with a 404 that explains', async (link) => {
    const res = await request(server).get(link).expect(404);
    expect(textOf(res.text, 'h1')).toBe('Deze link werkt niet');
  });
});

describe('the confirmation mail through a real SMTP server', () => {
  let sink: SmtpSink;
  let t: TestApp;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ SMTP_URL: sink.url, BASE_URL });
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('reaches the person with the waiting-list place and a working withdraw link', async () => {
    await createEdition(t.dataSource, { slug: 'vol', title: 'Leeratelier vol', capacityMax: 0 });
    const agent = request.agent(t.app.getHttpServer());
    const token = await csrfToken(agent, '/leerateliers/vol/aanmelden');
    await agent.post('/leerateliers/vol/aanmelden').type('form').send({ _csrf: token, ...ANNE }).expect(303);

    const [received] = await sink.waitFor(1);
    expect(received.recipients).toEqual([ANNE.email]);
    expect(received.subject).toBe('Je aanmelding voor Leeratelier vol');
    const lines = received.text.split('\n');
    expect(lines.slice(0, 8)).toEqual([
      'Beste Anne de Vries,',
      '',
      'Bedankt voor je aanmelding voor Leeratelier vol. Het leeratelier is vol. Je staat daarom op de wachtlijst, op plaats 1. Komt er een plaats vrij, dan krijg je een e-mail.',
      '',
      'De bijeenkomsten zijn op donderdag 19 september 2030, 13.00 uur en donderdag 3 oktober 2030, 13.00 uur.',
      '',
      'Kun je toch niet meedoen? Trek je aanmelding dan in met deze link:',
      expect.stringMatching(/^http:\/\/casus\.example\.nl\/aanmelding\/[A-Za-z0-9_-]{43}\/intrekken$/),
    ]);
    const page = await request(t.app.getHttpServer()).get(linkIn(received.text, '/aanmelding/')).expect(200);
    expect(textOf(page.text, 'h1')).toBe('Aanmelding intrekken');
  });
});
