import { Case } from '../../src/cases/entities/case.entity';
import { Comment } from '../../src/comments/entities/comment.entity';
import { formatDateTime } from '../../src/common/dates/format-dates';
import { Edition } from '../../src/editions/edition.entity';
import { User } from '../../src/users/user.entity';
import { createCase, fieldValue } from '../factories/cases';
import { commentSection, postComment, postedId, postReply, threadShape } from '../factories/comments';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { textOf, visibleText } from '../utils/html';
import { Agent, loggedIn, postForm } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

/** Threads, editing, deleting and hiding, as people do it through the forms. */
describe('comment threads', () => {
  let t: TestApp;
  let edition: Edition;
  let c: Case;
  const people = {} as Record<'author' | 'peer' | 'guest' | 'trainer', User>;
  const agents = {} as Record<keyof typeof people, Agent>;

  beforeAll(async () => {
    t = await startTestApp();
    edition = await createEdition(t.dataSource);
    const roles = { author: 'participant', peer: 'participant', guest: 'guest', trainer: 'trainer' } as const;
    const names = { author: 'Lotte van Dijk', peer: 'Jeroen Bakker', guest: 'Peter Hendriks', trainer: 'Marieke Bos' };
    for (const key of Object.keys(roles) as (keyof typeof roles)[]) {
      people[key] = await createUser(t.dataSource, { name: names[key] });
      await enrol(t.dataSource, edition, people[key], roles[key]);
      agents[key] = await loggedIn(t.app.getHttpServer(), people[key].email);
    }
    c = await createCase(t.dataSource, edition, people.author, { text: { title: 'Moestuin bij de school' } });
  });

  afterAll(() => t.close());

  const casePath = () => `/leerateliers/${edition.slug}/casussen/${c.id}`;
  const commentPath = (id: number, action: string) => `${casePath()}/reacties/${id}/${action}`;
  const article = (html: string, id: number) => visibleText(new RegExp(`<article[^>]*id="reactie-${id}"[\\s\\S]*?</article>`).exec(html)?.[0] ?? '');
  const stored = (id: number) => t.dataSource.getRepository(Comment).findOneByOrFail({ id });

  it('threads replies under what they answer, three levels deep, in the order written', async () => {
    const question = postedId(await postComment(agents.peer, edition, c, { kind: 'vraag', body: 'Wie beheert de grond?' }));
    const answer = postedId(await postReply(agents.author, edition, c, question, { body: 'De gemeente.' }));
    const deeper = postedId(await postReply(agents.peer, edition, c, answer, { kind: 'tip', body: 'Vraag dan om een gebruiksovereenkomst.' }));
    const deepest = postedId(await postReply(agents.author, edition, c, deeper, { body: 'Goed idee, dank je.' }));
    const second = postedId(await postReply(agents.guest, edition, c, question, { kind: 'ervaring', body: 'Bij ons deed de raad mee.' }));
    const other = postedId(await postComment(agents.trainer, edition, c, { kind: 'algemeen', body: 'Mooie casus.' }));

    const page = await agents.guest.get(casePath());
    expect(threadShape(page.text)).toEqual([`${question}`, `  ${answer}`, `    ${deeper}`, `      ${deepest}`, `  ${second}`, `${other}`]);
    expect(article(page.text, deeper)).toMatch(/^Tip Jeroen Bakker · .+ Nieuw Vraag dan om een gebruiksovereenkomst\. Reageren op de reactie van Jeroen Bakker$/);
    expect(article(page.text, answer)).toMatch(/^Algemeen Lotte van Dijk \(auteur van de casus\) · /);
    expect(article(page.text, other)).toMatch(/^Algemeen Marieke Bos \(trainer\) · /);

    const form = await agents.guest.get(commentPath(deeper, 'reageren'));
    expect(textOf(form.text, 'h1')).toEqual('Reageren');
    expect(visibleText(form.text)).toContain('Je reageert op Tip Jeroen Bakker');
    expect(form.text).toContain('id="veld-kind-algemeen" name="kind" value="algemeen" checked');
  });

  it('marks an edited comment "bewerkt" with the time, and keeps the text as typed', async () => {
    const id = postedId(await postComment(agents.peer, edition, c, { kind: 'tip', body: 'Eerste versie.' }));
    const form = await agents.peer.get(commentPath(id, 'bewerken'));
    expect([textOf(form.text, 'h1'), fieldValue(form.text, 'body')]).toEqual(['Reactie bewerken', 'Eerste versie.']);
    const typed = 'Tweede versie met **nadruk**\r\nen een nieuwe regel.';
    const res = await postForm(agents.peer, commentPath(id, 'bewerken'), { kind: 'vraag', body: typed }, '/mijn');
    expect([res.status, res.headers.location]).toEqual([303, `${casePath()}#reactie-${id}`]);
    const saved = await stored(id);
    expect([saved.body, saved.kind, saved.editedAt instanceof Date]).toEqual(['Tweede versie met **nadruk**\nen een nieuwe regel.', 'vraag', true]);
    const page = await agents.guest.get(casePath());
    expect(article(page.text, id)).toContain(`Vraag Jeroen Bakker · ${formatDateTime(saved.createdAt)} · bewerkt op ${formatDateTime(saved.editedAt!)}`);
    expect(page.text).toContain('<p>Tweede versie met <strong>nadruk</strong><br />en een nieuwe regel.</p>');
    expect(fieldValue((await agents.peer.get(commentPath(id, 'bewerken'))).text, 'body')).toEqual('Tweede versie met **nadruk**\nen een nieuwe regel.');
  });

  it('leaves a "verwijderd" placeholder for a deleted comment with replies, and nothing for one without', async () => {
    const parent = postedId(await postComment(agents.guest, edition, c, { kind: 'vraag', body: 'Wordt later verwijderd.' }));
    const reply = postedId(await postReply(agents.peer, edition, c, parent, { body: 'Blijft staan.' }));
    const lonely = postedId(await postComment(agents.guest, edition, c, { body: 'Ook weg.' }));
    const confirm = await agents.guest.get(commentPath(parent, 'verwijderen'));
    expect(visibleText(confirm.text)).toContain('Weet je zeker dat je deze reactie wilt verwijderen? Staan er antwoorden onder, dan blijven die staan. Ja, verwijderen Annuleren');
    for (const id of [parent, lonely]) {
      const res = await postForm(agents.guest, commentPath(id, 'verwijderen'), {}, '/mijn');
      expect([res.status, res.headers.location]).toEqual([303, `${casePath()}#reacties`]);
    }
    const page = await agents.author.get(casePath());
    expect(threadShape(page.text).filter((line) => [parent, reply, lonely].includes(Number(line.trim())))).toEqual([`${parent}`, `  ${reply}`]);
    expect(article(page.text, parent)).toEqual('Deze reactie is verwijderd.');
    expect(page.text).not.toContain('Wordt later verwijderd.');
    expect(page.text).not.toContain('Ook weg.');
    expect([(await stored(parent)).body, (await stored(parent)).deletedAt instanceof Date]).toEqual(['', true]);
    expect((await agents.author.get(commentPath(parent, 'reageren'))).status).toEqual(403);
  });

  it('lets a trainer hide a comment with a reason the writer reads, and show it again', async () => {
    const id = postedId(await postComment(agents.peer, edition, c, { kind: 'algemeen', body: 'Die wethouder snapt er niks van.' }));
    const refused = await postForm(agents.trainer, commentPath(id, 'verbergen'), { reason: '   ' }, '/mijn');
    expect([refused.status, visibleText(refused.text).includes('Fout: Schrijf waarom je de reactie verbergt.')]).toEqual([422, true]);
    const res = await postForm(agents.trainer, commentPath(id, 'verbergen'), { reason: 'Schrijf over de situatie, niet over personen.' }, '/mijn');
    expect([res.status, res.headers.location]).toEqual([303, `${casePath()}#reactie-${id}`]);

    const writer = article((await agents.peer.get(casePath())).text, id);
    expect(writer).toContain('Deze reactie is verborgen door de trainer. Reden: Schrijf over de situatie, niet over personen. Die wethouder snapt er niks van.');
    const other = article((await agents.guest.get(casePath())).text, id);
    expect(other).toMatch(/^Algemeen Jeroen Bakker · .+ Deze reactie is verborgen door de trainer\.$/);
    expect((await agents.peer.get(commentPath(id, 'bewerken'))).status).toEqual(403);
    expect((await postForm(agents.guest, commentPath(id, 'tonen'), {}, '/mijn')).status).toEqual(403);

    expect((await postForm(agents.trainer, commentPath(id, 'tonen'), {}, '/mijn')).status).toEqual(303);
    expect(article((await agents.guest.get(casePath())).text, id)).toMatch(/Die wethouder snapt er niks van\. Reageren op de reactie van Jeroen Bakker$/);
    expect((await stored(id)).hiddenReason).toEqual('');
  });

  it('counts comments in the heading and on the overview card, without deleted, hidden or private ones', async () => {
    const page = await agents.guest.get(casePath());
    const shown = visibleText(commentSection(page.text));
    const heading = /^Reacties \((\d+)\)/.exec(shown)?.[1];
    const card = /(\d+) reacties/.exec(visibleText((await agents.guest.get(`/leerateliers/${edition.slug}/casussen`)).text))?.[1];
    const count = await t.dataSource.query('SELECT COUNT(*) AS n FROM comments WHERE caseId = ? AND deletedAt IS NULL AND hiddenAt IS NULL AND trainerNote = 0', [c.id]);
    expect([heading, card]).toEqual([String(count[0].n), String(count[0].n)]);
  });
});
