import { DataSource } from 'typeorm';
import { OutboxMail } from '../../src/mail/outbox-mail.entity';

/** The mails the portal kept (no SMTP configured) for an address, oldest first. */
export function mailsTo(dataSource: DataSource, address: string): Promise<OutboxMail[]> {
  return dataSource.getRepository(OutboxMail).find({ where: { toAddress: address }, order: { id: 'ASC' } });
}

/** The first link into the portal in a mail's text. */
export function linkIn(text: string, path: string): string {
  const match = new RegExp(`https?://[^\\s]+${path}[^\\s]*`).exec(text);
  if (!match) throw new Error(`No link to ${path} in:\n${text}`);
  return new URL(match[0]).pathname;
}
