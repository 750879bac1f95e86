import * as fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';

/** Debian's Chromium, or the one CHROMIUM_PATH names. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((candidate): candidate is string => !!candidate && fs.existsSync(candidate));
}

/**
 * `describe` when Chromium is there. Without it the browser tests are skipped with a warning,
 * except on CI, where a missing browser must fail the run rather than pass it silently.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (chromiumPath()) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error('Chromium not found at /usr/bin/chromium or CHROMIUM_PATH; CI must install it.');
      });
    });
    return;
  }
  process.stderr.write(`\nWARNING: browser tests "${name}" skipped: Chromium not found (apt-get install -y chromium).\n\n`);
  describe.skip(name, body);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Every URL the page asked for, to check that none went to another host. */
export function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

export function foreignRequests(urls: string[], baseUrl: string): string[] {
  const own = new URL(baseUrl).host;
  return urls.filter((url) => !url.startsWith('data:') && new URL(url).host !== own);
}

/** axe-core's WCAG 2.1 A and AA rules (and best practices) on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}
