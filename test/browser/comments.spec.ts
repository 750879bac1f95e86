import { Browser, BrowserContext, Page } from 'playwright-core';
import { Case } from '../../src/cases/entities/case.entity';
import { Edition } from '../../src/editions/edition.entity';
import { User } from '../../src/users/user.entity';
import { createCase } from '../factories/cases';
import { createEdition } from '../factories/editions';
import { createUser, enrol, TEST_PASSWORD } from '../factories/people';
import { axeViolations, describeInBrowser, foreignRequests, launchChromium, recordRequests } from '../utils/browser';
import { listen, startTestApp, TestApp } from '../utils/test-app';

/**
 * A peer comments, the trainer answers and leaves a note, the author sees what is new, answers
 * in the thread and sees the marks go; the note stays with the author. Axe on every page on
 * the way, and the same forms once more without JavaScript, which they do not need.
 */
describeInBrowser('comments in Chromium', () => {
  let t: TestApp;
  let baseUrl: string;
  let browser: Browser;
  let edition: Edition;
  let c: Case;
  const people = {} as Record<'author' | 'peer' | 'trainer', User>;

  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t);
    browser = await launchChromium();
    edition = await createEdition(t.dataSource, { title: 'Leeratelier najaar 2030' });
    people.author = await createUser(t.dataSource, { name: 'Lotte van Dijk', email: 'lotte@leeuwarden.nl' });
    people.peer = await createUser(t.dataSource, { name: 'Jeroen Bakker', email: 'jeroen@midden-groningen.nl' });
    people.trainer = await createUser(t.dataSource, { name: 'Marieke Bos', email: 'marieke@leeratelier.nl' });
    await enrol(t.dataSource, edition, people.author, 'participant');
    await enrol(t.dataSource, edition, people.peer, 'participant');
    await enrol(t.dataSource, edition, people.trainer, 'trainer');
    c = await createCase(t.dataSource, edition, people.author, { text: { title: 'Een buurtmoestuin' } });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const casePage = () => `${baseUrl}/leerateliers/${edition.slug}/casussen/${c.id}`;

  async function logIn(context: BrowserContext, email: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/inloggen`);
    await page.locator('#veld-email').fill(email);
    await page.locator('#veld-password').fill(TEST_PASSWORD);
    await page.locator('form[action="/inloggen"] button[type="submit"]').click();
    await page.waitForURL(`${baseUrl}/mijn`);
    return page;
  }

  async function expectAccessible(page: Page): Promise<void> {
    const where = new URL(page.url()).pathname;
    expect({ where, violations: await axeViolations(page) }).toEqual({ where, violations: [] });
  }

  const newMarks = (page: Page) => page.locator('article.casus-comment--new .casus-comment__body').allInnerTexts();

  it('comment, reply, trainer note, the new marks clearing, and the note for the author alone', async () => {
    const peerContext = await browser.newContext({ locale: 'nl-NL' });
    const requests = recordRequests(peerContext);
    const peer = await logIn(peerContext, people.peer.email);
    await peer.goto(`${baseUrl}/leerateliers/${edition.slug}/casussen`);
    await peer.getByRole('link', { name: 'Een buurtmoestuin' }).click();
    expect(await peer.locator('#reacties-kop').innerText()).toBe('Reacties (0)');
    await expectAccessible(peer);
    await peer.getByRole('button', { name: 'Reactie plaatsen' }).click();
    expect((await peer.locator('#veld-body-fout').textContent())?.trim()).toBe('Fout: Schrijf eerst je reactie.');
    await expectAccessible(peer);
    await peer.getByLabel('Vraag').check();
    await peer.getByLabel('Je reactie').fill('Wie is eigenaar van de grond?');
    await peer.getByRole('button', { name: 'Reactie plaatsen' }).click();
    expect(await peer.locator('.utrecht-alert').first().innerText()).toContain('Je reactie is geplaatst.');
    expect(await peer.locator('.casus-comment__meta').first().innerText()).toMatch(/^Vraag Jeroen Bakker · /);

    const trainerContext = await browser.newContext({ locale: 'nl-NL' });
    const trainer = await logIn(trainerContext, people.trainer.email);
    await trainer.goto(casePage());
    await trainer.getByRole('link', { name: 'Reageren op de reactie van Jeroen Bakker' }).click();
    expect(await trainer.locator('h1').innerText()).toBe('Reageren');
    await expectAccessible(trainer);
    await trainer.getByLabel('Je reactie').fill('Goede vraag: de **gemeente**.');
    await trainer.getByRole('button', { name: 'Antwoord plaatsen' }).click();
    await trainer.getByLabel('Tip').check();
    await trainer.getByLabel('Je reactie').fill('Lotte, kies één dilemma voor de groep.');
    await trainer.getByLabel('Alleen Lotte van Dijk en de trainers (notitie van de trainer)').check();
    await trainer.getByRole('button', { name: 'Reactie plaatsen' }).click();
    expect(await trainer.locator('.casus-notes').innerText()).toContain('Lotte, kies één dilemma voor de groep.');
    await expectAccessible(trainer);
    await trainer.goto(`${baseUrl}/leerateliers/${edition.slug}/feedback`);
    await expectAccessible(trainer);

    const authorContext = await browser.newContext({ locale: 'nl-NL' });
    const author = await logIn(authorContext, people.author.email);
    await author.goto(`${baseUrl}/leerateliers/${edition.slug}/casussen`);
    expect(await author.locator('.casus-case-card .casus-muted').innerText()).toMatch(/· 2 reacties · 2 nieuw · 1 nieuwe notitie van de trainer$/);
    await expectAccessible(author);
    await author.getByRole('link', { name: 'Een buurtmoestuin' }).click();
    expect(await newMarks(author)).toEqual(['Lotte, kies één dilemma voor de groep.', 'Wie is eigenaar van de grond?', 'Goede vraag: de gemeente.']);
    expect(await author.locator('.casus-comments-news').innerText()).toBe('Er zijn 3 nieuwe reacties sinds je vorige bezoek. Naar de eerste nieuwe reactie');
    await expectAccessible(author);
    await author.reload();
    expect(await newMarks(author)).toEqual([]);
    expect(await author.locator('.casus-comments-news').count()).toBe(0);

    await author.getByRole('link', { name: 'Reageren op de reactie van Marieke Bos' }).last().click();
    await author.getByLabel('Je reactie').fill('Dank je, dan vraag ik een gebruiksovereenkomst aan.');
    await author.getByRole('button', { name: 'Antwoord plaatsen' }).click();
    const replies = author.locator('#reacties > ol.casus-comments > li > ol > li > ol article .casus-comment__body');
    expect(await replies.allInnerTexts()).toEqual(['Dank je, dan vraag ik een gebruiksovereenkomst aan.']);
    await author.goto(`${baseUrl}/leerateliers/${edition.slug}/meldingen`);
    await expectAccessible(author);

    await peer.goto(casePage());
    expect(await newMarks(peer)).toEqual(['Goede vraag: de gemeente.', 'Dank je, dan vraag ik een gebruiksovereenkomst aan.']);
    expect(await peer.locator('main').innerText()).not.toContain('kies één dilemma');
    expect(await peer.locator('.casus-notes').count()).toBe(0);
    await peer.getByRole('link', { name: 'Bewerken jouw reactie' }).click();
    await expectAccessible(peer);
    await peer.getByLabel('Je reactie').fill('Wie is eigenaar van de grond, en voor hoelang?');
    await peer.getByRole('button', { name: 'Wijziging opslaan' }).click();
    expect(await peer.locator('.casus-comment__edited').first().innerText()).toMatch(/^bewerkt op /);
    await peer.goto(`${baseUrl}/leerateliers/${edition.slug}/feedbackopdrachten`);
    await expectAccessible(peer);

    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    for (const context of [peerContext, trainerContext, authorContext]) await context.close();
  });

  it('passes axe on the comment pages in English', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await logIn(context, people.trainer.email);
    await page.goto(casePage());
    expect(await page.locator('#reacties-kop').innerText()).toMatch(/^Comments \(\d+\)$/);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Hide the comment of Jeroen Bakker' }).click();
    await expectAccessible(page);
    await page.goto(`${baseUrl}/leerateliers/${edition.slug}/feedback`);
    await expectAccessible(page);
    await context.close();
  });

  it('writes and answers comments without JavaScript', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', javaScriptEnabled: false });
    const page = await logIn(context, people.peer.email);
    await page.goto(casePage());
    await page.getByLabel('Ervaring').check();
    await page.getByLabel('Je reactie').fill('Zonder scripts werkt het ook.');
    await page.getByRole('button', { name: 'Reactie plaatsen' }).click();
    expect(await page.locator('.utrecht-alert').first().innerText()).toContain('Je reactie is geplaatst.');
    await page.getByRole('link', { name: 'Reageren op de reactie van Jeroen Bakker' }).last().click();
    await page.getByLabel('Je reactie').fill('En een antwoord ook.');
    await page.getByRole('button', { name: 'Antwoord plaatsen' }).click();
    expect(await page.locator('.casus-comment__body').allInnerTexts()).toEqual(expect.arrayContaining(['Zonder scripts werkt het ook.', 'En een antwoord ook.']));
    await context.close();
  });
});
