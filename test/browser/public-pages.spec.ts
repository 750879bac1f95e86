import * as fs from 'node:fs';
import * as path from 'node:path';
import { Browser } from 'playwright-core';
import { axeViolations, describeInBrowser, foreignRequests, launchChromium, recordRequests } from '../utils/browser';
import { listen, startTestApp, TestApp } from '../utils/test-app';

describeInBrowser('public pages in Chromium', () => {
  let t: TestApp;
  let baseUrl: string;
  let browser: Browser;
  let editionPath: string;

  beforeAll(async () => {
    t = await startTestApp({ DEMO: 'true' });
    baseUrl = await listen(t);
    browser = await launchChromium();
    const [slug] = await t.dataSource.query("SELECT slug FROM editions WHERE status = 'open'");
    editionPath = `/leerateliers/${slug.slug}`;
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const pages = (): [string, string, string][] => [
    ['home', '/', 'Leerateliers'],
    ['edition', editionPath, 'Leeratelier Burgerparticipatie'],
    ['privacy', '/privacy', 'Privacyverklaring'],
    ['accessibility', '/toegankelijkheid', 'Toegankelijkheidsverklaring'],
    ['not found', '/bestaat-niet', 'Pagina niet gevonden'],
  ];

  it.each(['nl', 'en'])('every page has no axe violations and asks no other host (%s)', async (locale) => {
    const context = await browser.newContext({ locale });
    const requests = recordRequests(context);
    const page = await context.newPage();
    for (const [name, pagePath] of pages()) {
      await page.goto(baseUrl + pagePath);
      expect({ name, violations: await axeViolations(page) }).toEqual({ name, violations: [] });
    }
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    await context.close();
  });

  it('every page shows its content without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'nl' });
    const page = await context.newPage();
    for (const [, pagePath, heading] of pages()) {
      await page.goto(baseUrl + pagePath);
      expect(await page.locator('h1').innerText()).toContain(heading);
    }
    await context.close();
  });

  it('moves focus to the content with the skip link, and switches language with a plain link', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'nl' });
    const page = await context.newPage();
    await page.goto(baseUrl + editionPath);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    await page.getByRole('link', { name: 'Read this site in English' }).click();
    expect(new URL(page.url()).pathname).toBe(editionPath);
    expect(await page.locator('main').innerText()).toContain('First meeting');
    await context.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'nl' });
    const page = await context.newPage();
    for (const [, pagePath] of pages()) {
      await page.goto(baseUrl + pagePath);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect({ pagePath, overflow }).toEqual({ pagePath, overflow: 0 });
    }
    if (process.env.UPDATE_SCREENSHOTS === 'true') {
      const dir = path.join(__dirname, '..', '..', 'docs', 'images');
      fs.mkdirSync(dir, { recursive: true });
      await page.setViewportSize({ width: 1100, height: 900 });
      await page.goto(baseUrl + '/');
      await page.screenshot({ path: path.join(dir, 'home.png') });
    }
    await context.close();
  });
});
