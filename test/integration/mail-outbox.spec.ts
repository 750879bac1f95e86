import type { Language } from '../../src/config/app-config';
import { NotFoundError } from '../../src/common/errors/domain-errors';
import { MailSender } from '../../src/mail/mail-sender';
import { MailService } from '../../src/mail/mail.service';
import type { MailMessage } from '../../src/mail/mail-message';
import { textOf, visibleText } from '../utils/html';
import { startTestApp, TestApp } from '../utils/test-app';

const BASE_URL = 'https://casus.example.nl';

function passwordReset(address: string, name: string): MailMessage {
  return {
    to: { address, name },
    lang: 'nl',
    template: 'password-reset',
    model: { name, link: `${BASE_URL}/wachtwoord-instellen/xyz789`, expiresAt: new Date('2030-10-04T11:00:00Z') },
  };
}

/** Renders a view the way a controller's @Render would, in the site layout. */
function renderPage(t: TestApp, view: string, model: object, lang: Language): Promise<string> {
  const locals = { ...model, lang, otherLang: lang === 'nl' ? 'en' : 'nl', currentPath: '/beheer/e-mail' };
  const express = t.app.getHttpAdapter().getInstance() as {
    render(view: string, locals: object, done: (error: Error | null, html: string) => void): void;
  };
  return new Promise((resolve, reject) => express.render(view, locals, (error, html) => (error ? reject(error) : resolve(html))));
}

describe('the outbox without an SMTP server', () => {
  let t: TestApp;
  let mail: MailService;

  beforeEach(async () => {
    t = await startTestApp({ BASE_URL });
    mail = t.app.get(MailService);
  });

  afterEach(() => t.close());

  it('keeps a mail for coordinators to read instead of sending it', async () => {
    await mail.queue(passwordReset('anna.devries@gemeente-utrecht.nl', 'Anna de Vries'));
    expect(await t.app.get(MailSender).deliverDue(new Date(Date.now() + 3_600_000))).toEqual({ sent: 0, retrying: 0, failed: 0, interrupted: 0 });

    const page = await mail.outboxPage(1);
    expect(page.smtpConfigured).toBe(false);
    expect(page.mails.map((m) => [m.toAddress, m.subject, m.status, m.statusKey])).toEqual([
      ['anna.devries@gemeente-utrecht.nl', 'Nieuw wachtwoord instellen', 'kept', 'mail.status.kept'],
    ]);

    const shown = await mail.outboxMail(page.mails[0].id);
    expect(shown.paragraphs.slice(0, 2)).toEqual([
      ['Beste Anna de Vries,'],
      [
        'Je hebt gevraagd om een nieuw wachtwoord voor het Casusportaal. Met deze link stel je een nieuw wachtwoord in:',
        'https://casus.example.nl/wachtwoord-instellen/xyz789',
      ],
    ]);
  });

  it('shows the list page in Dutch, with the notice that nothing is sent', async () => {
    await mail.queue(passwordReset('anna.devries@gemeente-utrecht.nl', 'Anna de Vries'));
    const html = await renderPage(t, 'mail/outbox-list', await mail.outboxPage(1), 'nl');

    expect(textOf(html, 'h1')).toEqual('Uitgaande e-mail');
    expect(visibleText(html)).toContain(
      'Er is geen mailserver ingesteld. Het portaal verstuurt daarom geen e-mail, maar bewaart elke e-mail hier.',
    );
    expect(textOf(html, 'thead')).toEqual('Gemaakt op Aan Onderwerp Status');
    expect(textOf(html, 'tbody')).toMatch(
      /^\w+dag \d+ \w+ \d{4}, \d\d\.\d\d uur Anna de Vries anna\.devries@gemeente-utrecht\.nl Nieuw wachtwoord instellen Bewaard, niet verstuurd$/,
    );
    expect(html).toContain('href="/beheer/e-mail/1"');
  });

  it('shows one mail in English around its Dutch text', async () => {
    await mail.queue(passwordReset('anna.devries@gemeente-utrecht.nl', 'Anna de Vries'));
    const html = await renderPage(t, 'mail/outbox-show', await mail.outboxMail(1), 'en');

    expect(html).toContain('<h1 class="utrecht-heading-1" lang="nl">Nieuw wachtwoord instellen</h1>');
    expect(textOf(html, 'dl')).toMatch(
      /^To Anna de Vries anna\.devries@gemeente-utrecht\.nl Status Kept, not sent Created on \w+day \d+ \w+ \d{4}, \d\d:\d\d Language Dutch Kind of e-mail password-reset$/,
    );
    expect(textOf(html, 'h2')).toEqual('Text of the e-mail');
    expect(visibleText(html)).toContain('Beste Anna de Vries, Je hebt gevraagd om een nieuw wachtwoord');
  });

  it('pages through the outbox, newest first, 25 to a page', async () => {
    for (let i = 1; i <= 26; i++) await mail.queue(passwordReset(`deelnemer${i}@example.org`, `Deelnemer ${i}`));

    const first = await mail.outboxPage(1);
    expect([first.mails.length, first.mails[0].toAddress, first.page, first.pageCount, first.previousPage, first.nextPage]).toEqual([
      25, 'deelnemer26@example.org', 1, 2, null, 2,
    ]);
    const second = await mail.outboxPage(2);
    expect([second.mails.map((m) => m.toAddress), second.previousPage, second.nextPage]).toEqual([['deelnemer1@example.org'], 1, null]);
    await expect(mail.outboxPage(3)).rejects.toBeInstanceOf(NotFoundError);
    await expect(mail.outboxMail(999)).rejects.toBeInstanceOf(NotFoundError);

    const html = await renderPage(t, 'mail/outbox-list', second, 'nl');
    expect(html).not.toContain('Volgende pagina');
    expect(html).toContain('<a class="utrecht-pagination__relative-link utrecht-pagination__relative-link--prev" rel="prev" href="/beheer/e-mail?pagina=1">Vorige pagina</a>');
  });
});
