import { Edition } from '../../src/editions/edition.entity';
import { Transactions } from '../../src/database/transactions';
import { createEdition } from '../factories/editions';
import { startTestApp } from '../utils/test-app';

describe('Transactions on SQLite', () => {
  it('keeps a write that succeeded when another one, running at the same time, rolls back', async () => {
    const t = await startTestApp();
    const transactions = t.app.get(Transactions);
    const edition = await createEdition(t.dataSource, { title: 'Voor' });

    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const failing = transactions.write(async (manager) => {
      await manager.update(Edition, edition.id, { venueName: 'Wordt teruggedraaid' });
      await held;
      throw new Error('mislukt');
    });
    const succeeding = transactions.write((manager) => manager.update(Edition, edition.id, { title: 'Na' }));
    release();

    await expect(failing).rejects.toThrow('mislukt');
    await succeeding;
    const stored = await t.dataSource.getRepository(Edition).findOneByOrFail({ id: edition.id });
    expect([stored.title, stored.venueName]).toEqual(['Na', 'Stadskantoor']);
    await t.close();
  });
});
