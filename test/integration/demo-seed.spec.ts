import { Edition } from '../../src/editions/edition.entity';
import { startTestApp } from '../utils/test-app';

describe('demo data', () => {
  it('fills an empty database once, and not again on the next start', async () => {
    const first = await startTestApp({ DEMO: 'true' });
    const editions = await first.dataSource.getRepository(Edition).find({ order: { id: 'ASC' } });
    expect(editions.map((e) => e.status)).toEqual(['open', 'archived']);
    await first.app.close();

    // A second start on the same database, as after a restart.
    const second = await startTestApp({ DEMO: 'true', DATABASE_URL: first.config.database.type === 'sqlite' ? first.config.database.path : '' });
    expect(await second.dataSource.getRepository(Edition).count()).toBe(2);
    await second.close();
  });

  it('leaves the database empty when demo mode is off', async () => {
    const testApp = await startTestApp({ DEMO: 'false' });
    expect(await testApp.dataSource.getRepository(Edition).count()).toBe(0);
    await testApp.close();
  });
});
