import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../app.module';
import { AuthService, FIRST_PASSWORD_LINK_MS } from '../../auth/auth.service';
import { ConfigError } from '../../config/config-error';
import { parseConfig } from '../../config/parse-config';
import { Transactions } from '../../database/transactions';
import { User } from '../user.entity';
import { normaliseEmail, UsersRepository } from '../users.repository';

/**
 * `npm run user:create-coordinator -- --email a@b.nl [--name "Naam"]`: makes (or promotes) a
 * coordinator and prints a one-time link to set the password. How the first coordinator of a
 * new installation gets in.
 */
export function parseArgs(argv: string[]): { email: string; name: string } | string {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const email = value('--email');
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return 'Usage: npm run user:create-coordinator -- --email name@example.nl [--name "Full Name"]';
  return { email: normaliseEmail(email), name: value('--name') ?? email.split('@')[0] };
}

export async function createCoordinator(app: INestApplicationContext, args: { email: string; name: string }) {
  const users = app.get(UsersRepository);
  const existing = await users.findByEmail(args.email);
  const user: User = await app.get(Transactions).write(async (m) => {
    if (existing) {
      await users.update(m, existing.id, { isCoordinator: true });
      return { ...existing, isCoordinator: true };
    }
    return users.create(m, { email: args.email, name: args.name, isCoordinator: true, passwordHash: null });
  });
  const link = await app.get(AuthService).createPasswordLink(user, FIRST_PASSWORD_LINK_MS);
  return { user, link, existed: !!existing };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(args + '\n');
    process.exit(2);
  }
  const config = { ...parseConfig(process.env), demo: false };
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'] });
  const { user, link, existed } = await createCoordinator(app, args);
  process.stdout.write(`${existed ? 'Existing account is now a coordinator' : 'Coordinator created'}: ${user.email}\n`);
  process.stdout.write(`Set the password within 7 days with this one-time link:\n${link}\n`);
  await app.close();
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
