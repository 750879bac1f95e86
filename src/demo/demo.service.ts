import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { hashPassword } from '../auth/passwords';
import { Edition } from '../editions/edition.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import { User } from '../users/user.entity';
import { seedDemoAgenda } from './demo-agenda';
import { seedDemoCases } from './demo-cases';
import { seedDemoComments } from './demo-comments';
import { seedDemoPreparation } from './demo-preparation';
import { buildDemoEditions } from './demo-editions';
import { DEMO_PASSWORD, DEMO_PEOPLE } from './demo-people';

/**
 * Fills an empty database with a demo when demo mode is on, so a newcomer sees a working
 * portal on the first `npm start`. It never touches a database that holds editions.
 */
@Injectable()
export class DemoService implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: Transactions,
    private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo) return;
    const seeded = await this.seedIfEmpty(new Date());
    if (seeded) process.stdout.write('Demo: de database was leeg en is gevuld met demogegevens.\n');
    process.stdout.write(demoLoginHelp());
  }

  /** Returns whether it seeded. Runs in one transaction: a half-made demo is never left behind. */
  async seedIfEmpty(now: Date): Promise<boolean> {
    if ((await this.dataSource.getRepository(Edition).count()) > 0) return false;
    // Hashed before the transaction, so the write lock is not held during the slow hash.
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    return this.transactions.write(async (manager) => {
      if ((await manager.count(Edition)) > 0) return false;
      const [upcoming] = await manager.save(Edition, buildDemoEditions(now).map((e) => manager.create(Edition, e)));
      for (const person of DEMO_PEOPLE) {
        const { role, lunch, ...fields } = person;
        const user = await manager.save(User, manager.create(User, { ...fields, passwordHash, language: 'nl' }));
        if (role) await manager.insert(Enrolment, { editionId: upcoming.id, userId: user.id, role, status: 'active', lunch: !!lunch });
      }
      await seedDemoCases(manager, upcoming, passwordHash, this.config.uploadDir, now);
      await seedDemoAgenda(manager, upcoming, now);
      await seedDemoComments(manager, upcoming, now);
      await seedDemoPreparation(manager, upcoming, now);
      return true;
    });
  }
}

/** Printed at every start in demo mode, so a newcomer can log in as each role. */
export function demoLoginHelp(): string {
  const lines = DEMO_PEOPLE.map((p) => `  ${p.email.padEnd(32)} ${p.isCoordinator ? 'coördinator' : p.role}`);
  return `\nDemo-accounts (wachtwoord voor allemaal: ${DEMO_PASSWORD}):\n${lines.join('\n')}\n`;
}
