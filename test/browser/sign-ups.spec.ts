import { Browser, Page } from 'playwright-core';
import { SignUp } from '../../src/enrolments/sign-up.entity';
import { createEdition } from '../factories/editions';
import { createUser, TEST_PASSWORD } from '../factories/people';
import { linkIn, mailsTo } from '../utils/outbox';
import { axeViolations, describeInBrowser, foreignRequests, launchChromium, recordRequests } from '../utils/browser';
import { listen, startTestApp, TestApp } from '../utils/test-app';

const SIGN_UP = { organisation: 'Gemeente Midden-Groningen', jobTitle: 'Gebiedsregisseur', lunch: true, remarks: 'Ik eet vegetarisch.', language: 'nl' };

// axe takes seconds per page on a busy two-core machine.
const AXE_TIMEOUT_MS = 120_000;

describeInBrowser('signing up in Chromium', () => {
  let t: TestApp;
  let baseUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t);
    browser = await launchChromium();
    await createEdition(t.dataSource, { slug: 'najaar-2030', title: 'Leeratelier najaar 2030' });
    await createEdition(t.dataSource, { slug: 'vol', title: 'Leeratelier vol', capacityMax: 0 });
    const beheer = await createEdition(t.dataSource, { slug: 'beheer', title: 'Leeratelier voorjaar' });
    await createUser(t.dataSource, { email: 'coordinator@leeratelier.nl', isCoordinator: true });
    await t.dataSource.getRepository(SignUp).save([
      { ...SIGN_UP, editionId: beheer.id, name: 'Anne de Vries', email: 'anne@midden-groningen.nl', status: 'pending' as const },
      { ...SIGN_UP, editionId: beheer.id, name: 'Kees Bakker', email: 'kees@oldambt.nl', status: 'waiting' as const },
      { ...SIGN_UP, editionId: beheer.id, name: 'Eva Bos', email: 'eva@oldambt.nl', status: 'declined' as const, decidedAt: new Date() },
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function expectNoViolations(page: Page, name: string): Promise<void> {
    expect({ name, violations: await axeViolations(page) }).toEqual({ name, violations: [] });
  }

  async function fillIn(page: Page, name: string, email: string): Promise<void> {
    await page.getByLabel('Naam').fill(name);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Organisatie').fill('Gemeente Midden-Groningen');
    await page.getByLabel('Functie').fill('Gebiedsregisseur');
    await page.getByRole('radio', { name: 'Ja, ik lunch mee' }).check();
    await page.getByLabel('Opmerkingen').fill('Ik eet vegetarisch.');
  }

  it('lets a visitor sign up without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'nl' });
    const requests = recordRequests(context);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/leerateliers/najaar-2030`);
    await page.getByRole('link', { name: 'Aanmelden' }).click();
    expect(await page.locator('h1').innerText()).toBe('Aanmelden voor Leeratelier najaar 2030');

    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('heading', { level: 2, name: 'Er is iets niet goed ingevuld' }).waitFor();
    expect(await page.getByRole('group', { name: 'Wil je vooraf lunchen?' }).locator('#veld-lunch-fout').textContent()).toBe('Fout: Maak een keuze.');

    await fillIn(page, 'Anne de Vries', 'anne@midden-groningen.nl');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.waitForURL(`${baseUrl}/leerateliers/najaar-2030/aanmelden/bevestiging`);
    expect(await page.locator('h1').innerText()).toBe('Bedankt voor je aanmelding');
    expect(await page.locator('main').innerText()).toContain('We hebben een bevestiging gestuurd naar anne@midden-groningen.nl.');
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    await context.close();
  });

  // axe runs as a script in the page, so these pages are checked with JavaScript on.
  it('has no axe violations on the form, the form with errors, the confirmation and the withdraw page', async () => {
    const context = await browser.newContext({ locale: 'nl' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/leerateliers/vol/aanmelden`);
    await expectNoViolations(page, 'form');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('heading', { level: 2, name: 'Er is iets niet goed ingevuld' }).waitFor();
    await expectNoViolations(page, 'form with errors');

    await fillIn(page, 'Bram Jansen', 'bram@oldambt.nl');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.waitForURL(`${baseUrl}/leerateliers/vol/aanmelden/bevestiging`);
    expect(await page.locator('main').innerText()).toContain('Je staat op de wachtlijst, op plaats 1.');
    await expectNoViolations(page, 'confirmation');

    const [mail] = await mailsTo(t.dataSource, 'bram@oldambt.nl');
    await page.goto(baseUrl + linkIn(mail.textBody, '/aanmelding/'));
    await expectNoViolations(page, 'withdraw');
    await page.getByRole('button', { name: 'Ja, trek mijn aanmelding in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Je aanmelding is ingetrokken' }).waitFor();
    await context.close();

    const english = await browser.newContext({ locale: 'en' });
    const englishPage = await english.newPage();
    await englishPage.goto(`${baseUrl}/leerateliers/najaar-2030/aanmelden`);
    expect(await englishPage.locator('h1').innerText()).toBe('Sign up for Leeratelier najaar 2030');
    await expectNoViolations(englishPage, 'English form');
    await english.close();
  }, AXE_TIMEOUT_MS);

  it('gives the coordinator an accessible list to decide on, that also fits a phone', async () => {
    const context = await browser.newContext({ locale: 'nl', viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/inloggen`);
    await page.getByLabel('E-mailadres').fill('coordinator@leeratelier.nl');
    await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(`${baseUrl}/mijn`);
    await page.goto(`${baseUrl}/beheer/leerateliers/beheer/aanmeldingen`);
    expect(await page.locator('h1').innerText()).toBe('Aanmeldingen voor Leeratelier voorjaar');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);

    await page.getByRole('button', { name: 'Anne de Vries goedkeuren', exact: true }).click();
    expect(await page.getByRole('status').innerText()).toBe('Anne de Vries is goedgekeurd en krijgt een uitnodiging per e-mail.');
    // Now with the message, a decided card and a waiting one with its buttons.
    await expectNoViolations(page, 'decisions');
    await context.close();
  }, AXE_TIMEOUT_MS);
});
