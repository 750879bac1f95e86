import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { CommentDigestService } from '../../src/comments/comment-digest.service';
import { FeedbackAssignment } from '../../src/comments/entities/feedback-assignment.entity';
import { fromAmsterdam, toAmsterdam } from '../../src/common/dates/amsterdam-time';
import { createCase } from '../factories/cases';
import { commentIds, commentSection, postComment, postedId, postReply } from '../factories/comments';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { visibleText } from '../utils/html';
import { mailsTo } from '../utils/outbox';
import { loggedIn, postForm } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

/*
 * The comments on PostgreSQL, for installations that run several app instances: the
 * migration up and down, and the queries that differ most between the two databases (counts
 * per case, "new since", insert-or-ignore, upserts). Set TEST_POSTGRES_URL (a server where the
 * test may create a database, e.g. postgres://postgres:postgres@127.0.0.1:5432/postgres).
 */
const POSTGRES_URL = process.env.TEST_POSTGRES_URL;

(POSTGRES_URL ? describe : describe.skip)('comments on PostgreSQL', () => {
  const database = `casus_comments_${randomBytes(4).toString('hex')}`;
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

  it('keeps notes private, counts what is new, allocates and sends the digest', async () => {
    const edition = await createEdition(t.dataSource, { title: 'Leeratelier op PostgreSQL' });
    const author = await createUser(t.dataSource, { name: 'Lotte van Dijk', organisation: 'Gemeente Zeist' });
    const peer = await createUser(t.dataSource, { name: 'Jeroen Bakker', organisation: 'Gemeente Ede' });
    const trainer = await createUser(t.dataSource, { name: 'Marieke Bos' });
    await enrol(t.dataSource, edition, author, 'participant');
    await enrol(t.dataSource, edition, peer, 'participant');
    await enrol(t.dataSource, edition, trainer, 'trainer');
    const c = await createCase(t.dataSource, edition, author, { text: { title: 'Moestuin' } });
    await createCase(t.dataSource, edition, peer, { text: { title: 'Jongerenraad' } });
    const agents = { author: await loggedIn(t.app.getHttpServer(), author.email), peer: await loggedIn(t.app.getHttpServer(), peer.email), trainer: await loggedIn(t.app.getHttpServer(), trainer.email) };

    const question = postedId(await postComment(agents.peer, edition, c, { kind: 'vraag', body: 'Wie beheert de grond?' }));
    const answer = postedId(await postReply(agents.author, edition, c, question, { body: 'De gemeente.' }));
    const note = postedId(await postComment(agents.trainer, edition, c, { body: 'Alleen voor Lotte.', audience: 'auteur' }));
    await postComment(agents.peer, edition, c, { body: 'Nog een.' });
    await postComment(agents.peer, edition, c, { body: 'Nog een.' });

    const card = async (agent: typeof agents.author) => /Moestuin .*? · (\d+ reacties.*?) (?:Jongerenraad|Het Casusportaal)/.exec(visibleText((await agent.get(`/leerateliers/${edition.slug}/casussen`)).text))?.[1];
    expect(await card(agents.author)).toEqual('4 reacties · 3 nieuw · 1 nieuwe notitie van de trainer');
    expect(await card(agents.peer)).toEqual('4 reacties · 1 nieuw');
    const peerPage = await agents.peer.get(`/leerateliers/${edition.slug}/casussen/${c.id}`);
    expect(commentIds(commentSection(peerPage.text)).includes(note)).toEqual(false);
    expect(commentIds(commentSection((await agents.author.get(`/leerateliers/${edition.slug}/casussen/${c.id}`)).text)).slice(0, 3)).toEqual([note, question, answer]);
    expect(await card(agents.author)).toEqual('4 reacties');

    expect((await postForm(agents.trainer, `/leerateliers/${edition.slug}/feedback/verdelen`, { perParticipant: '1' }, '/mijn')).status).toEqual(303);
    expect(await t.dataSource.getRepository(FeedbackAssignment).count()).toEqual(2);

    const today = toAmsterdam(new Date());
    const tomorrow = new Date(Date.UTC(today.year, today.month - 1, today.day + 1));
    const morning = fromAmsterdam({ year: tomorrow.getUTCFullYear(), month: tomorrow.getUTCMonth() + 1, day: tomorrow.getUTCDate(), hour: 8, minute: 5 });
    const digests = t.app.get(CommentDigestService);
    expect(await digests.sendDigests(morning)).toEqual(2);
    expect(await digests.sendDigests(morning)).toEqual(0);
    const toAuthor = (await mailsTo(t.dataSource, author.email)).filter((m) => m.template === 'comment-digest');
    expect(toAuthor.map((m) => m.subject)).toEqual(['4 nieuwe reacties in Leeratelier op PostgreSQL']);
    const toPeer = (await mailsTo(t.dataSource, peer.email)).filter((m) => m.template === 'comment-digest');
    expect([toPeer.length, toPeer[0].textBody.includes('Alleen voor Lotte.')]).toEqual([1, false]);
  });

  it('reverts the comments migration and applies it again', async () => {
    const applied = async () => (await t.dataSource.query('SELECT name FROM migrations ORDER BY id')).map((row: { name: string }) => row.name);
    const before = await applied();
    const index = before.indexOf('CreateComments1764320000700');
    expect(index).toBeGreaterThanOrEqual(0);
    for (let i = before.length - 1; i >= index; i--) await t.dataSource.undoLastMigration();
    const tables = await t.dataSource.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'comment%'");
    expect(tables).toEqual([]);
    await t.dataSource.runMigrations();
    expect(await applied()).toEqual(before);
  });
});
