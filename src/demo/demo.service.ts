import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Edition } from '../editions/edition.entity';
import { buildDemoEditions } from './demo-editions';

/**
 * Fills an empty database with a demo when demo mode is on, so a newcomer sees a working
 * portal on the first `npm start`. It never touches a database that holds editions.
 */
@Injectable()
export class DemoService implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo) return;
    const seeded = await this.seedIfEmpty(new Date());
    if (seeded) process.stdout.write('Demo: de database was leeg en is gevuld met demogegevens.\n');
  }

  /** Returns whether it seeded. Runs in one transaction: a half-made demo is never left behind. */
  seedIfEmpty(now: Date): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      if ((await manager.count(Edition)) > 0) return false;
      await manager.insert(Edition, buildDemoEditions(now));
      return true;
    });
  }
}
