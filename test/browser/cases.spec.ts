import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { Case } from '../../src/cases/entities/case.entity';
import { samplePdf } from '../../src/cases/demo/sample-files';
import { Edition } from '../../src/editions/edition.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { User } from '../../src/users/user.entity';
import { createCase, createTheme } from '../factories/cases';
import { createEdition } from '../factories/editions';
import { createUser, enrol, TEST_PASSWORD } from '../factories/people';
import { axeViolations, describeInBrowser, foreignRequests, launchChromium, recordRequests } from '../utils/browser';
import { listen, startTestApp, TestApp } from '../utils/test-app';

/**
 * A participant writes a case, attaches a file while the progress bar moves, submits, revises
 * and withdraws it; the same without JavaScript; and every page on the way passes axe.
 */
describeInBrowser('writing a case in Chromium', () => {
  let t: TestApp;
  let baseUrl: string;
  let browser: Browser;
  let edition: Edition;
  let bigFile: string;
  let plainEnrolment: Enrolment;
  const people: Record<'writer' | 'plain' | 'trainer', User> = {} as never;

  beforeAll(async () => {
    t = await startTestApp({ UPLOAD_MAX_MB: '30' });
    baseUrl = await listen(t);
    browser = await launchChromium();
    edition = await createEdition(t.dataSource, { title: 'Leeratelier najaar 2030' });
    await createTheme(t.dataSource, edition, 'wonen', 1);
    await createTheme(t.dataSource, edition, 'jongeren', 2);
    people.writer = await createUser(t.dataSource, { name: 'Anne de Vries', email: 'anne@westerkwartier.nl' });
    people.plain = await createUser(t.dataSource, { name: 'Jeroen Bakker', email: 'jeroen@midden-groningen.nl' });
    people.trainer = await createUser(t.dataSource, { name: 'Marieke Bos', email: 'marieke@leeratelier.nl' });
    await enrol(t.dataSource, edition, people.writer, 'participant');
    plainEnrolment = await enrol(t.dataSource, edition, people.plain, 'participant');
    await enrol(t.dataSource, edition, people.trainer, 'trainer');
    const peer = await createUser(t.dataSource, { name: 'Fatima El Amrani' });
    await enrol(t.dataSource, edition, peer, 'participant');
    await createCase(t.dataSource, edition, peer, { text: { title: 'Energiecoöperatie in de wijk' }, submittedAt: new Date(Date.now() - 24 * 3600_000) });
    // Large enough that a throttled upload takes a few seconds; a valid-looking PDF.
    bigFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casus-upload-')), 'Wijkanalyse.pdf');
    fs.writeFileSync(bigFile, Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(6 * 1024 * 1024, 0x20), Buffer.from('\n%%EOF\n')]));
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    if (bigFile) fs.rmSync(path.dirname(bigFile), { recursive: true, force: true });
  });

  const base = () => `${baseUrl}/leerateliers/${edition.slug}`;

  async function logIn(context: BrowserContext, email: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/inloggen`);
    // By field, not by label: the English context reads the same form in English.
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

  async function fillCase(page: Page, title: string): Promise<void> {
    await page.getByLabel('Titel').fill(title);
    await page.getByLabel('Gemeente of organisatie').fill('Gemeente Westerkwartier');
    await page.getByLabel('Achtergrond').fill('Een dorp met achthonderd inwoners.');
    await page.getByLabel('Wat speelt er?').fill('Bewoners willen de oude school ombouwen tot woningen voor ouderen.');
    await page.getByLabel('Wie zijn erbij betrokken?').fill('Een bewonersgroep, de corporatie en de gemeenteraad.');
    await page.getByLabel('Je vraag of dilemma voor de groep').fill('Hoe houden we de jongeren in het dorp betrokken?');
    await page.getByLabel('wonen').check();
  }

  it('writes, attaches with a moving progress bar, submits, revises and withdraws, with axe on every page', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' });
    const requests = recordRequests(context);
    const page = await logIn(context, people.writer.email);
    await page.getByRole('link', { name: 'Lever je casus in. Je hebt nog' }).click();
    expect(await page.locator('h1').innerText()).toBe('Mijn casus');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Schrijf je casus' }).click();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Casus indienen' }).click();
    expect(await page.locator('h2').first().innerText()).toBe('Er is iets niet goed ingevuld');
    await expectAccessible(page);
    await page.getByLabel('Titel').fill('Oude school, nieuwe');
    await page.waitForFunction(() => document.querySelector('#veld-title-teller')?.textContent === 'Nog 131 tekens');
    await fillCase(page, 'De oude school wordt een woonhof');
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    expect(await page.locator('.utrecht-alert').first().innerText()).toContain('Opgeslagen.');
    await expectAccessible(page);

    // Throttle the upload so the progress bar can be watched; record every value it shows.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 3 * 1024 * 1024 });
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { seen: number[] }).seen = seen;
      const bar = document.querySelector('progress')!;
      setInterval(() => seen.push(bar.value), 20);
    });
    await page.getByLabel('Kies een of meer bestanden').setInputFiles(bigFile);
    const seen = page.evaluate(() => new Promise<number[]>((resolve) => {
      window.addEventListener('beforeunload', () => resolve((window as unknown as { seen: number[] }).seen));
    }));
    await page.getByRole('button', { name: 'Bijlage toevoegen' }).click();
    const values = await seen;
    await page.waitForLoadState('load');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    expect(values.some((v) => v > 0 && v < 100)).toBe(true);
    expect(await page.locator('.casus-attachments').innerText()).toContain('Wijkanalyse.pdf (PDF, 6 MB)');
    await expectAccessible(page);

    await page.getByLabel('Inwoners zijn niet herkenbaar in de tekst of in de bijlagen.').check();
    await page.getByRole('button', { name: 'Casus indienen' }).click();
    expect(await page.locator('h1').innerText()).toBe('De oude school wordt een woonhof');
    expect(await page.locator('main').innerText()).toContain('Je casus is ingediend.');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Bewerken' }).click();
    await page.getByLabel('Wat speelt er?').fill('Bewoners willen een woonhof. Meer weten? Bel 06-12345678.');
    await page.getByLabel('Inwoners zijn niet herkenbaar in de tekst of in de bijlagen.').check();
    await page.getByRole('button', { name: 'Wijzigingen indienen' }).click();
    expect(await page.locator('#privacy li').allInnerTexts()).toEqual(['Wat speelt er?, regel 1, teken 46: mogelijk een telefoonnummer (“06-12345678”)']);
    await expectAccessible(page);
    await page.getByLabel('Wat speelt er?').fill('Bewoners willen de oude school ombouwen tot een woonhof voor jong en oud.');
    await page.getByRole('button', { name: 'Wijzigingen indienen' }).click();
    expect(await page.locator('main').innerText()).toContain('Versie 2');
    await page.getByRole('link', { name: 'Bekijk wat er veranderd is tussen twee versies' }).click();
    expect(await page.locator('ins').allTextContents()).toEqual(['[toegevoegd: een woonhof ]', '[toegevoegd: jong en oud]']);
    expect(await page.locator('del').allTextContents()).toEqual(['[weggehaald: woningen ]', '[weggehaald: ouderen]']);
    await expectAccessible(page);

    await page.goto(`${base()}/casussen`);
    expect(await page.locator('.casus-case-card h2').allInnerTexts()).toEqual(['Energiecoöperatie in de wijk', 'De oude school wordt een woonhof']);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'De oude school wordt een woonhof' }).click();
    await page.getByRole('button', { name: 'Casus intrekken' }).click();
    expect(await page.locator('main').innerText()).toContain('Je casus is ingetrokken.');
    expect(await page.locator('.casus-status').first().innerText()).toBe('Ingetrokken');
    await expectAccessible(page);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    await context.close();
  });

  it('works as a plain form without JavaScript, attachment included', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL' });
    const page = await logIn(context, people.plain.email);
    await page.goto(`${base()}/mijn-casus/nieuw`);
    await page.getByRole('button', { name: 'Casus indienen' }).click();
    expect(await page.locator('h2').first().innerText()).toBe('Er is iets niet goed ingevuld');
    await fillCase(page, 'Zonder scripts');
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await page.getByLabel('Kies een of meer bestanden').setInputFiles({ name: 'Verslag.pdf', mimeType: 'application/pdf', buffer: samplePdf('Verslag') });
    await page.getByRole('button', { name: 'Bijlage toevoegen' }).click();
    expect(await page.locator('.casus-attachments').innerText()).toContain('Verslag.pdf (PDF,');
    await page.getByLabel('Inwoners zijn niet herkenbaar in de tekst of in de bijlagen.').check();
    await page.getByRole('button', { name: 'Casus indienen' }).click();
    expect(await page.locator('h1').innerText()).toBe('Zonder scripts');
    const stored = await t.dataSource.getRepository(Case).findOneByOrFail({ authorId: people.plain.id });
    expect(stored.status).toBe('submitted');
    await context.close();
  });

  it('passes axe on the trainer pages and in English', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await logIn(context, people.trainer.email);
    for (const where of ['casusvoortgang', 'themas', `casusvoortgang/uitstel/${plainEnrolment.id}`, 'casussen']) {
      await page.goto(`${base()}/${where}`);
      expect(await page.locator('h1').count()).toBe(1);
      await expectAccessible(page);
    }
    await context.close();
  });
});
