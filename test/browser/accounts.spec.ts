import { Browser, BrowserContext, Page } from 'playwright-core';
import { createEdition } from '../factories/editions';
import { createUser, TEST_PASSWORD } from '../factories/people';
import { axeViolations, describeInBrowser, foreignRequests, launchChromium, recordRequests } from '../utils/browser';
import { linkIn, mailsTo } from '../utils/outbox';
import { listen, startTestApp, TestApp } from '../utils/test-app';

/**
 * The way in, as people go it: a visitor signs up without JavaScript, the coordinator approves,
 * the invitation link leads to choosing a password and to "Mijn leerateliers".
 */
describeInBrowser('from sign-up to "Mijn leerateliers" in Chromium', () => {
  let t: TestApp;
  let baseUrl: string;
  let browser: Browser;
  const checked: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function expectAccessible(page: Page): Promise<void> {
    const path = new URL(page.url()).pathname;
    checked.push(path);
    expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
  }

  it('works without JavaScript and every page passes axe', async () => {
    const edition = await createEdition(t.dataSource, { slug: 'voorjaar-2031', title: 'Leeratelier voorjaar 2031' });
    const coordinator = await createUser(t.dataSource, { isCoordinator: true, name: 'Sanne Visser' });

    // axe needs scripts in the page; the flow itself runs in a context without them.
    const axeContext = await browser.newContext({ locale: 'nl-NL' });
    const axePage = await axeContext.newPage();
    const visitorContext: BrowserContext = await browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL' });
    const requests = recordRequests(visitorContext);
    const visitor = await visitorContext.newPage();

    await visitor.goto(`${baseUrl}/leerateliers/voorjaar-2031`);
    await visitor.getByRole('link', { name: 'Aanmelden', exact: true }).click();
    await visitor.getByRole('button', { name: 'Aanmelden' }).click();
    expect(await visitor.locator('h2').first().innerText()).toBe('Er is iets niet goed ingevuld');
    await axePage.goto(visitor.url());
    await expectAccessible(axePage);

    await visitor.getByLabel('Naam').fill('Anne de Vries');
    await visitor.getByLabel('E-mailadres').fill('anne@westerkwartier.nl');
    await visitor.getByLabel('Organisatie').fill('Gemeente Westerkwartier');
    await visitor.getByLabel('Functie').fill('Gebiedsregisseur');
    await visitor.getByLabel('Ja, ik lunch mee').check();
    await visitor.getByRole('button', { name: 'Aanmelden' }).click();
    expect(await visitor.locator('h1').innerText()).toBe('Bedankt voor je aanmelding');
    expect(await visitor.locator('main').innerText()).toContain('Er is een plaats voor je.');

    const coordinatorContext = await browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL' });
    const coordinatorPage = await coordinatorContext.newPage();
    await coordinatorPage.goto(`${baseUrl}/beheer/leerateliers/voorjaar-2031/aanmeldingen`);
    await coordinatorPage.getByLabel('E-mailadres').fill(coordinator.email);
    await coordinatorPage.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
    await coordinatorPage.getByRole('button', { name: 'Inloggen' }).click();
    expect(new URL(coordinatorPage.url()).pathname).toBe('/beheer/leerateliers/voorjaar-2031/aanmeldingen');
    await coordinatorPage.getByRole('button', { name: /Anne de Vries/ }).first().click();

    const [invitation] = (await mailsTo(t.dataSource, 'anne@westerkwartier.nl')).filter((m) => m.template === 'invitation');
    expect(invitation.subject).toBe('Uitnodiging: Leeratelier voorjaar 2031');
    await visitor.goto(baseUrl + linkIn(invitation.textBody, '/uitnodiging/'));
    await axePage.goto(visitor.url());
    await expectAccessible(axePage);
    expect(await visitor.getByLabel('Organisatie').inputValue()).toBe('Gemeente Westerkwartier');
    await visitor.getByLabel('Nieuw wachtwoord', { exact: true }).fill('de brug over het Reitdiep');
    await visitor.getByLabel('Nieuw wachtwoord nog een keer').fill('de brug over het Reitdiep');
    await visitor.getByRole('button', { name: 'Uitnodiging aannemen' }).click();

    expect(new URL(visitor.url()).pathname).toBe('/mijn');
    const main = await visitor.locator('main').innerText();
    expect(main).toContain('Welkom! Je doet nu mee aan het leeratelier.');
    expect(main).toContain('Leeratelier voorjaar 2031');
    expect(main).toContain('Jouw rol: Deelnemer');
    expect(foreignRequests(requests, baseUrl)).toEqual([]);

    // The pages behind the login, checked with the same session.
    await axeContext.addCookies(await visitorContext.cookies());
    for (const path of ['/mijn']) {
      await axePage.goto(baseUrl + path);
      await expectAccessible(axePage);
    }
    await axeContext.addCookies(await coordinatorContext.cookies());
    for (const path of ['/beheer/leerateliers/voorjaar-2031/aanmeldingen', `/leerateliers/${edition.slug}/deelnemers`]) {
      await axePage.goto(baseUrl + path);
      await expectAccessible(axePage);
    }
    for (const path of ['/inloggen', '/wachtwoord-vergeten']) {
      await axeContext.clearCookies();
      await axePage.goto(baseUrl + path);
      await expectAccessible(axePage);
    }
    expect(checked.length).toBeGreaterThanOrEqual(7);
    await Promise.all([axeContext.close(), visitorContext.close(), coordinatorContext.close()]);
  });
});
