import { Browser, BrowserContext, Page } from 'playwright-core';
import { Edition } from '../../src/editions/edition.entity';
import { PreparationSettings } from '../../src/preparation/entities/preparation-settings.entity';
import { User } from '../../src/users/user.entity';
import { createEdition } from '../factories/editions';
import { createUser, enrol, TEST_PASSWORD } from '../factories/people';
import { axeViolations, describeInBrowser, foreignRequests, launchChromium, recordRequests } from '../utils/browser';
import { listen, startTestApp, TestApp } from '../utils/test-app';

/**
 * The preparation as people do it, without JavaScript: the trainer puts up material and
 * questions and orders them, a participant saves a draft and sends, the trainer reads the
 * answers per question and per person, prints them and shares them after the deadline.
 * Every page on the way passes axe.
 */
describeInBrowser('the preparation in Chromium', () => {
  let t: TestApp;
  let baseUrl: string;
  let browser: Browser;
  let edition: Edition;
  const people: Record<'trainer' | 'anne' | 'guest', User> = {} as never;
  const checked: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t);
    browser = await launchChromium();
    edition = await createEdition(t.dataSource, { title: 'Leeratelier najaar 2099', slug: 'najaar-2099', meeting1Start: new Date('2099-09-17T11:00:00Z') });
    people.trainer = await createUser(t.dataSource, { name: 'Marieke Bos', email: 'marieke@leeratelier.nl' });
    people.anne = await createUser(t.dataSource, { name: 'Anne de Vries', email: 'anne@westerkwartier.nl', organisation: 'Gemeente Westerkwartier' });
    people.guest = await createUser(t.dataSource, { name: 'Peter Hendriks', email: 'peter@raad-westerkwartier.nl' });
    await enrol(t.dataSource, edition, people.trainer, 'trainer');
    await enrol(t.dataSource, edition, people.anne, 'participant');
    await enrol(t.dataSource, edition, people.guest, 'guest');
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const base = () => `${baseUrl}/leerateliers/${edition.slug}/voorbereiding`;

  async function logIn(context: BrowserContext, email: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/inloggen`);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(`${baseUrl}/mijn`);
    return page;
  }

  /**
   * axe needs its script in the page, so it runs in a context with JavaScript on and the same
   * session; `then` brings the page into the state to check, such as a form with errors.
   */
  const axePages = new Map<BrowserContext, Page>();
  async function expectAccessible(context: BrowserContext, url: string, then?: (page: Page) => Promise<void>): Promise<void> {
    let page = axePages.get(context);
    if (!page) {
      const axeContext = await browser.newContext({ locale: 'nl-NL' });
      await axeContext.addCookies(await context.cookies());
      page = await axeContext.newPage();
      axePages.set(context, page);
    }
    await page.goto(url);
    await then?.(page);
    const where = new URL(page.url()).pathname + new URL(page.url()).search + (then ? ' (with errors)' : '');
    checked.push(where);
    expect({ where, violations: await axeViolations(page) }).toEqual({ where, violations: [] });
  }

  // The three steps run in order, each in the browser state the one before left.
  let trainerContext: BrowserContext;
  let anneContext: BrowserContext;
  let trainer: Page;
  /** Every URL each context asked for, filled as the pages load. */
  const recorded: string[][] = [];

  it('lets the trainer put up material and questions, and order them', async () => {
    trainerContext = await browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL' });
    recorded.push(recordRequests(trainerContext));
    trainer = await logIn(trainerContext, people.trainer.email);
    await trainer.getByRole('link', { name: 'Zet de voorbereiding klaar: materiaal en vragen' }).click();
    expect(await trainer.locator('h1').innerText()).toBe('Voorbereiding instellen');
    await trainer.getByLabel('Tekst voor de deelnemers').fill('Lees het artikel over de buurtaanpak.\n\nBeantwoord daarna de vragen.');
    await trainer.getByLabel('Titel van het artikel').fill('Van inspraak naar samenspraak');
    await trainer.getByLabel('Link naar het artikel').fill('https://www.example.org/samenspraak');
    await trainer.getByRole('button', { name: 'Opslaan', exact: true }).click();
    expect(await trainer.locator('main').innerText()).toContain('Het materiaal en de deadline zijn opgeslagen.');
    await trainer.getByLabel('Kies een of meer bestanden').setInputFiles({ name: 'Samenspraak.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await trainer.getByRole('button', { name: 'Bestand toevoegen' }).click();
    expect(await trainer.locator('main').innerText()).toContain('Het bestand is toegevoegd.');

    for (const [text, required] of [
      ['Met wie werk je al samen?', false],
      ['Wat wil je leren?', true],
    ] as const) {
      await trainer.getByLabel('Vraag', { exact: true }).fill(text);
      await trainer.getByLabel('Deelnemers moeten deze vraag beantwoorden').setChecked(required);
      await trainer.getByLabel('Hoogstens zoveel tekens per antwoord').fill('300');
      await trainer.getByRole('button', { name: 'Vraag toevoegen' }).click();
    }
    await trainer.getByRole('button', { name: 'Vraag 2 omhoog' }).click();
    expect(await trainer.locator('.preparation-questions h3').allInnerTexts()).toEqual(['Wat wil je leren?', 'Met wie werk je al samen?']);
    await expectAccessible(trainerContext, `${base()}/instellen`);
    await trainer.getByRole('link', { name: 'Vraag 1 wijzigen' }).click();
    await expectAccessible(trainerContext, trainer.url());
    await trainer.getByLabel('Uitleg bij de vraag').fill('Een paar zinnen is genoeg.');
    await trainer.getByRole('button', { name: 'Opslaan' }).click();
    expect(await trainer.locator('main').innerText()).toContain('De vraag is aangepast.');
  });

  it('lets a participant save a draft and send the answers', async () => {
    anneContext = await browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL' });
    recorded.push(recordRequests(anneContext));
    const anne = await logIn(anneContext, people.anne.email);
    await expectAccessible(anneContext, `${baseUrl}/mijn`);
    await anne.getByRole('link', { name: /^Voorbereiding: nog niet begonnen\. Lees het materiaal en beantwoord de vragen vóór donderdag 17 september 2099, 13\.00 uur\.$/ }).click();
    expect(await anne.locator('h1').innerText()).toBe('Voorbereiding');
    expect(await anne.locator('.preparation-files').innerText()).toBe('Samenspraak.pdf (PDF, 15 bytes)');
    await expectAccessible(anneContext, base());
    await anne.getByLabel('2. Met wie werk je al samen? (niet verplicht)').fill('De dorpsraad');
    await anne.getByRole('button', { name: 'Versturen' }).click();
    expect(await anne.locator('.utrecht-form-field-error-message').textContent()).toBe('Fout: Beantwoord deze vraag. Dat moet voordat je je antwoorden verstuurt.');
    expect(await anne.getByLabel('2. Met wie werk je al samen? (niet verplicht)').inputValue()).toBe('De dorpsraad');
    await expectAccessible(anneContext, base(), async (page) => page.getByRole('button', { name: 'Versturen' }).click());

    await anne.getByLabel('1. Wat wil je leren?').fill('Hoe ik bewoners\neerder betrek.');
    await anne.getByRole('button', { name: 'Opslaan als concept' }).click();
    expect(await anne.locator('main').innerText()).toContain('Je antwoorden zijn opgeslagen als concept. Alleen jij kunt ze zien.');
    await anne.getByRole('button', { name: 'Versturen' }).click();
    expect(await anne.locator('main').innerText()).toContain('Jouw antwoorden: Verstuurd');
  });

  it('lets the trainer read, print and share the answers, and the guest read them once shared', async () => {
    await trainer.goto(`${base()}/antwoorden`);
    const perQuestion = await trainer.locator('main').innerText();
    expect(perQuestion).toContain('1 van de 1 deelnemers hebben hun antwoorden verstuurd.');
    expect(await trainer.locator('.preparation-block').first().innerText()).toBe(
      '1. Wat wil je leren?\n\nAnne de Vries (Gemeente Westerkwartier)\n\nHoe ik bewoners\neerder betrek.',
    );
    await expectAccessible(trainerContext, `${base()}/antwoorden`);
    await trainer.getByRole('link', { name: 'Per persoon' }).click();
    expect(await trainer.locator('.preparation-block h3').allInnerTexts()).toEqual(['Anne de Vries']);
    await expectAccessible(trainerContext, `${base()}/antwoorden?per=persoon`);
    await trainer.getByRole('link', { name: 'Afdrukken' }).click();
    await trainer.emulateMedia({ media: 'print' });
    expect(await trainer.locator('.casus-page-header').isVisible()).toBe(false);
    expect(await trainer.locator('h1').innerText()).toBe('Antwoorden op de voorbereiding – Leeratelier najaar 2099');
    await trainer.emulateMedia({ media: 'screen' });
    await expectAccessible(trainerContext, trainer.url());

    // After the deadline the trainer shares the answers, and the guest reads them.
    await t.dataSource.getRepository(PreparationSettings).update({ editionId: edition.id }, { deadline: new Date(Date.now() - 60_000) });
    await trainer.goto(`${base()}/antwoorden`);
    await trainer.getByRole('button', { name: 'Deel de antwoorden met de groep' }).click();
    expect(await trainer.locator('main').innerText()).toContain('De antwoorden zijn gedeeld met de groep.');
    const guestContext = await browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL' });
    recorded.push(recordRequests(guestContext));
    const guest = await logIn(guestContext, people.guest.email);
    await guest.getByRole('link', { name: 'Lees de antwoorden van de groep op de voorbereiding' }).click();
    expect(await guest.locator('main').innerText()).toContain('Anne de Vries (Gemeente Westerkwartier)\n\nHoe ik bewoners\neerder betrek.');
    await expectAccessible(guestContext, guest.url());
    await expectAccessible(guestContext, base());
    await expectAccessible(anneContext, base());

    expect(recorded.flat().length).toBeGreaterThan(20);
    expect(foreignRequests(recorded.flat(), baseUrl)).toEqual([]);
    expect(checked).toHaveLength(11);
    await Promise.all([trainerContext, anneContext, guestContext, ...[...axePages.values()].map((p) => p.context())].map((c) => c.close()));
  });
});
