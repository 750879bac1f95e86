import request from 'supertest';
import { Case } from '../../src/cases/entities/case.entity';
import { Comment } from '../../src/comments/entities/comment.entity';
import { Edition } from '../../src/editions/edition.entity';
import { User } from '../../src/users/user.entity';
import { createCase } from '../factories/cases';
import { commentIds, commentSection, createComment } from '../factories/comments';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { visibleText } from '../utils/html';
import { Agent, loggedIn } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

/*
 * Every role against every kind of comment and note, through every route that shows
 * comments: the case page, the overview's counts and "new" markers, the pages reached by
 * guessing a comment's number, and the exports. Mail is in comments-mail-visibility.spec.ts.
 */

type Role = 'coordinator' | 'trainer' | 'author' | 'participant' | 'guest';
const ROLES: Role[] = ['coordinator', 'trainer', 'author', 'participant', 'guest'];
const PUBLIC = ['PUBLIEK-VRAAG', 'PUBLIEK-TIP', 'PUBLIEK-ERVARING', 'PUBLIEK-ALGEMEEN', 'ANTWOORD-EEN', 'ANTWOORD-TWEE', 'ONDER-VERWIJDERD'];
const NOTES = ['NOTITIE-GEHEIM', 'ANTWOORD-OP-NOTITIE'];
const HIDDEN = ['VERBORGEN-TEKST', 'Niet over personen schrijven'];
const EVERY_TEXT = [...PUBLIC, ...NOTES, ...HIDDEN];

/** What each role may read: the writer of the hidden comment is "participant". */
const READS: Record<Role, string[]> = {
  coordinator: [...PUBLIC, ...NOTES, ...HIDDEN],
  trainer: [...PUBLIC, ...NOTES, ...HIDDEN],
  author: [...PUBLIC, ...NOTES],
  participant: [...PUBLIC, ...HIDDEN],
  guest: PUBLIC,
};

describe('who reads which comment', () => {
  let t: TestApp;
  let edition: Edition;
  let c: Case;
  const people = {} as Record<Role | 'outsider', User>;
  const agents = new Map<Role | 'outsider' | 'anonymous', Agent>();
  const items = {} as Record<'vraag' | 'tip' | 'ervaring' | 'algemeen' | 'reply1' | 'reply2' | 'note' | 'noteReply' | 'hidden' | 'deleted' | 'underDeleted', Comment>;

  beforeAll(async () => {
    t = await startTestApp();
    edition = await createEdition(t.dataSource);
    const other = await createEdition(t.dataSource);
    people.coordinator = await createUser(t.dataSource, { name: 'Sanne Visser', isCoordinator: true });
    people.trainer = await createUser(t.dataSource, { name: 'Marieke Bos' });
    people.author = await createUser(t.dataSource, { name: 'Lotte van Dijk' });
    people.participant = await createUser(t.dataSource, { name: 'Jeroen Bakker' });
    people.guest = await createUser(t.dataSource, { name: 'Peter Hendriks' });
    people.outsider = await createUser(t.dataSource, { name: 'Iemand Anders' });
    await enrol(t.dataSource, edition, people.trainer, 'trainer');
    await enrol(t.dataSource, edition, people.author, 'participant');
    await enrol(t.dataSource, edition, people.participant, 'participant');
    await enrol(t.dataSource, edition, people.guest, 'guest');
    await enrol(t.dataSource, other, people.outsider, 'participant');
    c = await createCase(t.dataSource, edition, people.author, { text: { title: 'Buurthuis zoekt vrijwilligers' } });
    const write = (writer: User, body: string, options: Parameters<typeof createComment>[3] = {}) => createComment(t.dataSource, c, writer, { body, ...options });
    items.vraag = await write(people.participant, 'PUBLIEK-VRAAG', { kind: 'vraag' });
    items.tip = await write(people.guest, 'PUBLIEK-TIP', { kind: 'tip' });
    items.ervaring = await write(people.trainer, 'PUBLIEK-ERVARING', { kind: 'ervaring' });
    items.algemeen = await write(people.author, 'PUBLIEK-ALGEMEEN', { kind: 'algemeen' });
    items.reply1 = await write(people.author, 'ANTWOORD-EEN', { parent: items.vraag });
    items.reply2 = await write(people.participant, 'ANTWOORD-TWEE', { parent: items.reply1 });
    items.note = await write(people.trainer, 'NOTITIE-GEHEIM', { trainerNote: true, kind: 'tip' });
    items.noteReply = await write(people.author, 'ANTWOORD-OP-NOTITIE', { parent: items.note });
    items.hidden = await write(people.participant, 'VERBORGEN-TEKST', { hidden: 'Niet over personen schrijven' });
    items.deleted = await write(people.guest, '', { deleted: true });
    items.underDeleted = await write(people.participant, 'ONDER-VERWIJDERD', { parent: items.deleted });
    agents.set('anonymous', request.agent(t.app.getHttpServer()));
    for (const role of [...ROLES, 'outsider'] as const) agents.set(role, await loggedIn(t.app.getHttpServer(), people[role].email));
  });

  afterAll(() => t.close());

  const casePath = () => `/leerateliers/${edition.slug}/casussen/${c.id}`;
  const publicOrder = () => [items.vraag, items.reply1, items.reply2, items.tip, items.ervaring, items.algemeen, items.hidden, items.deleted, items.underDeleted].map((i) => i.id);
  const withNotes = () => [items.note.id, items.noteReply.id, ...publicOrder()];

  /** The overview card's line about comments; "new" counts what this person has not seen. */
  const NEW_ON_CARD: Record<Role, string> = {
    coordinator: '7 reacties · 7 nieuw · 2 nieuwe notities van de trainer',
    trainer: '7 reacties · 6 nieuw · 1 nieuwe notitie van de trainer',
    author: '7 reacties · 5 nieuw · 1 nieuwe notitie van de trainer',
    participant: '7 reacties · 4 nieuw',
    guest: '7 reacties · 6 nieuw',
  };

  it.each(ROLES)('%s: overview counts, the case page, and the overview again without "new"', async (role) => {
    const agent = agents.get(role)!;
    const cardLine = async () => /Ingediend op [^·]+ · (.*?) Het Casusportaal/.exec(visibleText((await agent.get(`/leerateliers/${edition.slug}/casussen`)).text))?.[1];
    expect(await cardLine()).toEqual(NEW_ON_CARD[role]);

    const page = await agent.get(casePath());
    expect(page.status).toEqual(200);
    const section = commentSection(page.text);
    expect(commentIds(section)).toEqual(READS[role].includes('NOTITIE-GEHEIM') ? withNotes() : publicOrder());
    const text = visibleText(section);
    for (const marker of EVERY_TEXT) expect({ marker, shown: page.text.includes(marker) }).toEqual({ marker, shown: READS[role].includes(marker) });
    expect(text).toContain('Reacties (7)');
    expect(text).toContain('Deze reactie is verwijderd.');
    expect(text).toContain('Deze reactie is verborgen door de trainer.');
    expect(text.includes('Notities van de trainer')).toEqual(READS[role].includes('NOTITIE-GEHEIM'));

    expect(await cardLine()).toEqual('7 reacties');
  });

  it('shows the author which notes are theirs alone, marked as such', async () => {
    const text = visibleText(commentSection((await agents.get('author')!.get(casePath())).text));
    expect(text).toContain(
      'Notities van de trainer Alleen Lotte van Dijk en de trainers zien deze notities en de antwoorden daarop. Tip Marieke Bos (trainer) · ',
    );
    expect(text).toContain('Notitie van de trainer. Alleen de auteur van de casus en de trainers zien dit. NOTITIE-GEHEIM');
  });

  it('gives the writer of a hidden comment its text and the reason, and the others only that it was hidden', async () => {
    const hidden = (role: Role) => agents.get(role)!.get(casePath()).then((res) => visibleText(new RegExp(`<article[^>]*id="reactie-${items.hidden.id}"[\\s\\S]*?</article>`).exec(res.text)![0]));
    expect(await hidden('participant')).toMatch(/^Algemeen Jeroen Bakker · .* Deze reactie is verborgen door de trainer\. Reden: Niet over personen schrijven VERBORGEN-TEKST Verwijderen jouw reactie$/);
    expect(await hidden('guest')).toMatch(/^Algemeen Jeroen Bakker · .* Deze reactie is verborgen door de trainer\.$/);
    expect(await hidden('trainer')).toMatch(/Reden: Niet over personen schrijven VERBORGEN-TEKST Weer tonen de reactie van Jeroen Bakker$/);
  });

  /** Guessing a comment's number: a note is not there for those who may not read it. */
  const GUESSED: { what: string; path: () => string; status: Record<Role | 'outsider', number> }[] = [
    { what: 'replying to a note', path: () => `${casePath()}/reacties/${items.note.id}/reageren`, status: { coordinator: 403, trainer: 200, author: 200, participant: 404, guest: 404, outsider: 404 } },
    { what: 'replying in a note thread', path: () => `${casePath()}/reacties/${items.noteReply.id}/reageren`, status: { coordinator: 403, trainer: 200, author: 200, participant: 404, guest: 404, outsider: 404 } },
    { what: 'editing a note', path: () => `${casePath()}/reacties/${items.note.id}/bewerken`, status: { coordinator: 403, trainer: 200, author: 403, participant: 404, guest: 404, outsider: 404 } },
    { what: 'deleting a note', path: () => `${casePath()}/reacties/${items.note.id}/verwijderen`, status: { coordinator: 403, trainer: 200, author: 403, participant: 404, guest: 404, outsider: 404 } },
    { what: 'hiding a note', path: () => `${casePath()}/reacties/${items.note.id}/verbergen`, status: { coordinator: 200, trainer: 200, author: 403, participant: 403, guest: 403, outsider: 404 } },
    { what: 'replying to a hidden comment', path: () => `${casePath()}/reacties/${items.hidden.id}/reageren`, status: { coordinator: 403, trainer: 403, author: 403, participant: 403, guest: 403, outsider: 404 } },
    { what: 'replying to a public comment', path: () => `${casePath()}/reacties/${items.vraag.id}/reageren`, status: { coordinator: 403, trainer: 200, author: 200, participant: 200, guest: 200, outsider: 404 } },
  ];

  it.each(GUESSED.map((g) => [g.what, g]))('%s', async (_what, guess) => {
    for (const role of [...ROLES, 'outsider'] as const) {
      const res = await agents.get(role)!.get(guess.path());
      expect({ role, status: res.status }).toEqual({ role, status: guess.status[role] });
      if (res.status !== 200) for (const marker of NOTES) expect(res.text).not.toContain(marker);
    }
    const anonymous = await agents.get('anonymous')!.get(guess.path());
    expect([anonymous.status, anonymous.headers.location]).toEqual([303, `/inloggen?terug=${encodeURIComponent(guess.path())}`]);
  });

  it.each(ROLES)('%s: the case export holds what the page shows, deleted text never', async (role) => {
    const res = await agents.get(role)!.get(`${casePath()}/reacties.csv`);
    expect([res.status, res.headers['content-type'], res.headers['content-disposition']]).toEqual([200, 'text/csv; charset=utf-8', `attachment; filename="reacties-casus-${c.id}.csv"`]);
    for (const marker of EVERY_TEXT) expect({ marker, exported: res.text.includes(marker) }).toEqual({ marker, exported: READS[role].includes(marker) && marker !== 'Niet over personen schrijven' });
    const rows = res.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows[0]).toEqual('Casus;Nummer;Antwoord op;Soort;Notitie van de trainer;Schrijver;Geschreven op;Bewerkt op;Tekst');
    expect(rows.length - 1).toEqual(READS[role].includes('NOTITIE-GEHEIM') ? 10 : 8);
    if (!READS[role].includes('VERBORGEN-TEKST')) expect(rows.find((r) => r.startsWith(`Buurthuis zoekt vrijwilligers;${items.hidden.id};`))).toMatch(/;\(verborgen door de trainer\)$/);
  });

  it('keeps the edition export to trainers and coordinators, and outsiders and visitors out of every export', async () => {
    const path = `/leerateliers/${edition.slug}/feedback/reacties.csv`;
    for (const role of ROLES) {
      const res = await agents.get(role)!.get(path);
      expect({ role, status: res.status }).toEqual({ role, status: role === 'trainer' || role === 'coordinator' ? 200 : 403 });
      if (res.status === 200) for (const marker of [...PUBLIC, ...NOTES, 'VERBORGEN-TEKST']) expect(res.text).toContain(marker);
    }
    expect((await agents.get('outsider')!.get(path)).status).toEqual(404);
    expect((await agents.get('outsider')!.get(`${casePath()}/reacties.csv`)).status).toEqual(404);
    expect((await agents.get('anonymous')!.get(`${casePath()}/reacties.csv`)).status).toEqual(303);
  });

  it('shows outsiders no case page and no comments', async () => {
    const res = await agents.get('outsider')!.get(casePath());
    expect(res.status).toEqual(404);
    for (const marker of EVERY_TEXT) expect(res.text).not.toContain(marker);
  });
});
