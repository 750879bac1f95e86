import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { SignUp } from '../../src/enrolments/sign-up.entity';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { textOf } from '../utils/html';
import { mailsTo } from '../utils/outbox';
import { csrfToken } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

/*
 * Two people press "Aanmelden" for the last place at the same moment, over real HTTP. On
 * SQLite the writes take turns; on PostgreSQL they run in parallel and the lock on the
 * edition row decides. Set TEST_POSTGRES_URL (a server where the test may create a database,
 * e.g. postgres://postgres:postgres@127.0.0.1:5432/postgres) to run the PostgreSQL case too.
 */
const POSTGRES_URL = process.env.TEST_POSTGRES_URL;

async function lastPlaceRace(t: TestApp, round: number): Promise<void> {
  const server = t.app.getHttpServer();
  const slug = `laatste-plaats-${round}`;
  const edition = await createEdition(t.dataSource, { slug, capacityMax: 3 });
  for (let i = 0; i < 2; i++) await enrol(t.dataSource, edition, await createUser(t.dataSource), 'participant', 'active');

  const people = ['Fatima', 'Gert'].map((name) => ({ name, email: `${name.toLowerCase()}.${round}@gemeente-voorbeeld.nl`, agent: request.agent(server) }));
  const tokens = await Promise.all(people.map((p) => csrfToken(p.agent, `/leerateliers/${slug}/aanmelden`)));
  const responses = await Promise.all(
    people.map((p, i) =>
      p.agent
        .post(`/leerateliers/${slug}/aanmelden`)
        .type('form')
        .send({ _csrf: tokens[i], name: p.name, email: p.email, organisation: 'Gemeente Voorbeeld', jobTitle: 'Wijkregisseur', lunch: 'nee', remarks: '' }),
    ),
  );
  expect(responses.map((r) => r.status)).toEqual([303, 303]);

  const rows = await t.dataSource.getRepository(SignUp).find({ where: { editionId: edition.id } });
  expect(rows.map((r) => r.status).sort()).toEqual(['pending', 'waiting']);
  // What each person reads agrees with what was stored.
  for (const person of people) {
    const status = rows.find((r) => r.email === person.email)!.status;
    const page = textOf((await person.agent.get(`/leerateliers/${slug}/aanmelden/bevestiging`).expect(200)).text, 'main');
    expect(page).toContain(status === 'pending' ? 'Er is een plaats voor je.' : 'Je staat op de wachtlijst, op plaats 1.');
    expect((await mailsTo(t.dataSource, person.email)).length).toBe(1);
  }
}

describe('the last place on SQLite', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it.each([1, 2, 3, 4, 5])('goes to exactly one of two people signing up at once (round %i)', (round) => lastPlaceRace(t, round));
});

(POSTGRES_URL ? describe : describe.skip)('the last place on PostgreSQL', () => {
  const database = `casus_sign_ups_${randomBytes(4).toString('hex')}`;
  let admin: Client;
  let t: TestApp;

  beforeAll(async () => {
    admin = new Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    const url = new URL(POSTGRES_URL!);
    url.pathname = `/${database}`;
    t = await startTestApp({ DATABASE_URL: url.toString() });
  });

  afterAll(async () => {
    await t?.close();
    await admin.query(`DROP DATABASE IF EXISTS ${database}`);
    await admin.end();
  });

  it.each([1, 2, 3, 4, 5])('goes to exactly one of two people signing up at once (round %i)', (round) => lastPlaceRace(t, round));
});
