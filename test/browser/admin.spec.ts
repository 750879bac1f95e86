import { Browser, Page } from 'playwright-core';
import { createEdition } from '../factories/editions';
import { createUser, TEST_PASSWORD } from '../factories/people';
import { axeViolations, describeInBrowser, foreignRequests, launchChromium, recordRequests } from '../utils/browser';
import { listen, startTestApp, TestApp } from '../utils/test-app';

const COORDINATOR = 'coordinator@trainingsbureau.nl';

async function logIn(page: Page, baseUrl: string): Promise<void> {
  // By id rather than label: the same steps serve the Dutch and the English pages.
  await page.goto(`${baseUrl}/inloggen`);
  await page.locator('#veld-email').fill(COORDINATOR);
  await page.locator('#veld-password').fill(TEST_PASSWORD);
  await page.locator('main form button[type="submit"]').click();
  await page.waitForURL(`${baseUrl}/mijn`);
}

describeInBrowser('the coordinators’ pages in Chromium', () => {
  let t: TestApp;
  let baseUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t);
    browser = await launchChromium();
    await createUser(t.dataSource, { email: COORDINATOR, name: 'Carla Coördinator', isCoordinator: true });
    await createEdition(t.dataSource, { slug: 'voorjaar-2030', title: 'Leeratelier voorjaar 2030' });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lets a coordinator create an edition, add a trainer, close it and see it on the dashboard, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'nl' });
    const page = await context.newPage();
    await logIn(page, baseUrl);
    await page.getByRole('link', { name: 'Beheer', exact: true }).click();
    await page.getByRole('link', { name: 'Nieuw leeratelier' }).click();
    expect(await page.locator('h1').innerText()).toBe('Nieuw leeratelier');

    await page.getByLabel('Titel').fill('Leeratelier najaar 2030');
    const meeting1 = page.getByRole('group', { name: 'Eerste bijeenkomst' });
    await meeting1.getByLabel('Datum').fill('2030-09-19');
    const meeting2 = page.getByRole('group', { name: 'Tweede bijeenkomst' });
    await meeting2.getByLabel('Datum').fill('2030-10-03');
    await page.getByLabel('Naam van de locatie').fill('Stadskantoor Utrecht');
    await page.getByLabel('Adres', { exact: true }).fill('Stadsplateau 1, 3521 AZ Utrecht');
    await page.getByLabel('Kosten in euro’s, zonder btw').fill('495');
    await page.getByLabel('Status').selectOption('open');
    await page.getByRole('button', { name: 'Leeratelier opslaan' }).click();

    expect(new URL(page.url()).pathname).toBe('/beheer/leerateliers/leeratelier-najaar-2030/bewerken');
    expect(await page.getByRole('status').innerText()).toBe('Het leeratelier "Leeratelier najaar 2030" is opgeslagen.');

    await page.getByLabel('Naam', { exact: true }).fill('Tom Trainer');
    await page.getByLabel('E-mailadres', { exact: true }).fill('tom@participatiebureau.nl');
    await page.getByRole('button', { name: 'Trainer uitnodigen' }).click();
    expect(await page.getByRole('region', { name: 'Trainers van dit leeratelier' }).innerText()).toContain('Tom Trainer\ttom@participatiebureau.nl\tUitgenodigd');
    await page.getByRole('button', { name: 'Aanmelden sluiten' }).click();
    expect(await page.getByRole('status').innerText()).toBe(
      'Aanmelden voor "Leeratelier najaar 2030" is gesloten. Het leeratelier blijft te zien op de website.',
    );

    await page.getByRole('link', { name: 'Terug naar beheer' }).click();
    const row = page.getByRole('row', { name: /Leeratelier najaar 2030/ });
    expect(await row.innerText()).toMatch(/^Leeratelier najaar 2030\s+donderdag 19 september 2030\s+Gesloten\s+0 van 20\s+0$/);
    await context.close();
  });

  /** Visits every coordinators' page, also with form errors and with content, and runs axe on each. */
  async function axeOnEveryPage(page: Page, locale: string): Promise<void> {
    const check = async (name: string) => expect({ name, violations: await axeViolations(page) }).toEqual({ name, violations: [] });
    await page.goto(`${baseUrl}/beheer`);
    await check('dashboard');
    await page.goto(`${baseUrl}/beheer/leerateliers/nieuw`);
    await check('new edition');
    await page.locator('main form button[type="submit"]').click();
    await check('new edition with errors');
    await page.goto(`${baseUrl}/beheer/leerateliers/voorjaar-2030/bewerken`);
    await check('edit page');
    await page.locator('#veld-name').fill('Tom Trainer');
    await page.locator('#veld-email').fill(`tom.${locale}@participatiebureau.nl`);
    await page.locator('form[action$="/trainers"] button[type="submit"]').click();
    await check('edit page with a trainer');
    await page.goto(`${baseUrl}/beheer/e-mail`);
    await check('outbox');
    await page.locator('tbody a').first().click();
    await check('one mail');
  }

  it.each(['nl', 'en'])('every page has no axe violations and asks no other host (%s)', async (locale) => {
    const context = await browser.newContext({ locale });
    const requests = recordRequests(context);
    const page = await context.newPage();
    await logIn(page, baseUrl);
    await axeOnEveryPage(page, locale);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    await context.close();
  }, 120_000);
});
