import { Browser, BrowserContext, Page } from 'playwright-core';
import { agendaFixture, AgendaFixture, SIX_CASES } from '../factories/agenda';
import { TEST_PASSWORD } from '../factories/people';
import { axeViolations, describeInBrowser, foreignRequests, launchChromium, recordRequests } from '../utils/browser';
import { listen, startTestApp, TestApp } from '../utils/test-app';

/**
 * The trainer makes the agenda in Chromium: a proposal, a case dragged to another block, one
 * moved with the keyboard only, publishing; then a participant reads it and prints it. Every
 * page passes axe.
 */
describeInBrowser('the agenda of meeting two in Chromium', () => {
  let t: TestApp;
  let baseUrl: string;
  let browser: Browser;
  let f: AgendaFixture;

  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t);
    browser = await launchChromium();
    f = await agendaFixture(t.dataSource, ['wonen', 'energie', 'jongeren'], SIX_CASES, { title: 'Leeratelier Najaar', slug: 'najaar-2030' });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function logIn(context: BrowserContext, email: string, path: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/inloggen?terug=${encodeURIComponent(path)}`);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    expect(new URL(page.url()).pathname).toBe(path);
    return page;
  }

  async function expectAccessible(page: Page): Promise<void> {
    const path = new URL(page.url()).pathname + new URL(page.url()).search;
    expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
  }

  /** Runs an action that posts a form to `path`, and waits for the page it leads back to. */
  async function posting(page: Page, path: string, action: () => Promise<unknown>): Promise<void> {
    const posted = page.waitForRequest((req) => req.url().endsWith(path) && req.method() === 'POST');
    const arrived = page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame());
    await Promise.all([posted, arrived, action()]);
    await page.waitForLoadState('load');
  }

  const casesIn = (page: Page, block: number) => page.locator(`ol[data-block-number="${block}"] > li .casus-agenda-case__title`).allInnerTexts();
  const flash = (page: Page) => page.locator('main .utrecht-alert').first().innerText();

  it('proposes, moves by dragging and by keyboard, publishes, and shows and prints it', async () => {
    const editorPath = '/leerateliers/najaar-2030/agenda/bewerken';
    // Tall enough that source and target of the drag are both in view: Chromium takes the drag's
    // source from the pointer's place after Playwright scrolled to the target.
    const trainerContext = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 3200 } });
    const requests = recordRequests(trainerContext);
    const trainer = await logIn(trainerContext, f.trainer.email, editorPath);

    await trainer.getByRole('button', { name: 'Voorstel maken' }).click();
    expect(await flash(trainer)).toBe('Het voorstel is klaar. Casussen: 6. Blokken: 3.');
    expect(await casesIn(trainer, 1)).toEqual(['Huurders en de renovatie', 'Starters zoeken een woning']);
    expect(await trainer.locator('.casus-agenda-dnd-hint').isVisible()).toBe(true);
    await expectAccessible(trainer);

    // Drag: from the case's own edge (not its link), onto the list of another block.
    const starters = trainer.locator(`#casus-${f.cases[3].id}`);
    expect(await starters.getAttribute('draggable')).toBe('true');
    const youth = trainer.locator('ol[data-block-number="3"]');
    const bottom = { x: 20, y: (await youth.boundingBox())!.height - 4 };
    await posting(trainer, `/casussen/${f.cases[3].id}/verplaatsen`, () => starters.dragTo(youth, { sourcePosition: { x: 4, y: 4 }, targetPosition: bottom }));
    expect(await flash(trainer)).toBe('"Starters zoeken een woning" staat nu in blok jongeren.');
    expect(await casesIn(trainer, 1)).toEqual(['Huurders en de renovatie']);
    expect(await casesIn(trainer, 3)).toEqual(['Een hangplek bij het winkelcentrum', 'Een jongerenraad die werkt', 'Starters zoeken een woning']);

    // The same with the keyboard only: choose the block in the list, Tab to the button, Enter.
    await trainer.getByLabel('Naar blok (Zonnepanelen op de sporthal)').focus();
    await trainer.keyboard.press('ArrowDown');
    await trainer.keyboard.press('Tab');
    await posting(trainer, `/casussen/${f.cases[1].id}/verplaatsen`, () => trainer.keyboard.press('Enter'));
    expect(await flash(trainer)).toBe('"Zonnepanelen op de sporthal" staat nu in blok jongeren.');
    expect(await casesIn(trainer, 2)).toEqual(['Een warmtenet in de wijk']);
    await trainer.getByRole('button', { name: 'Zet Zonnepanelen op de sporthal een plek eerder' }).focus();
    await posting(trainer, `/casussen/${f.cases[1].id}/omhoog`, () => trainer.keyboard.press('Enter'));
    expect(await casesIn(trainer, 3)).toEqual(['Een hangplek bij het winkelcentrum', 'Een jongerenraad die werkt', 'Zonnepanelen op de sporthal', 'Starters zoeken een woning']);

    await trainer.getByRole('button', { name: 'Publiceren', exact: true }).click();
    expect(await flash(trainer)).toBe('De agenda is gepubliceerd. 6 deelnemers krijgen een e-mail.');
    await expectAccessible(trainer);

    // The participant, without scripts: the published agenda with her own case marked.
    const participantContext = await browser.newContext({ locale: 'nl-NL', javaScriptEnabled: false });
    const dewi = await logIn(participantContext, f.authors[3].email, '/leerateliers/najaar-2030/agenda');
    expect(await flash(dewi)).toBe('Jouw casus "Starters zoeken een woning" wordt besproken: 16.10–16.40 uur.');
    expect(await dewi.locator('tr.casus-agenda-own').innerText()).toContain('Starters zoeken een woning');
    await dewi.getByRole('link', { name: 'Afdrukken' }).click();
    expect(new URL(dewi.url()).pathname).toBe('/leerateliers/najaar-2030/agenda/afdrukken');
    expect(await dewi.locator('h1').innerText()).toBe('Agenda bijeenkomst 2');

    // axe runs in a context with scripts, on the participant's pages, with her session.
    const axeContext = await browser.newContext({ locale: 'nl-NL' });
    await axeContext.addCookies(await participantContext.cookies());
    const axePage = await axeContext.newPage();
    for (const path of ['/leerateliers/najaar-2030/agenda', '/leerateliers/najaar-2030/agenda/afdrukken']) {
      await axePage.goto(baseUrl + path);
      await expectAccessible(axePage);
    }
    // With scripts the print view has a print button; on paper the programme fits on one A4.
    expect(await axePage.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(true);
    await axePage.emulateMedia({ media: 'print' });
    expect(await axePage.locator('.casus-page-header nav').isVisible()).toBe(false);
    expect(await axePage.locator('.casus-agenda-print-tools').isVisible()).toBe(false);
    const pdf = (await axePage.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);

    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    await Promise.all([trainerContext.close(), participantContext.close(), axeContext.close()]);
  });
});
