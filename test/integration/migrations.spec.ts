import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataSource, MigrationInterface, QueryRunner, Table } from 'typeorm';
import { buildDataSourceOptions } from '../../src/database/data-source-options';

function tempDatabase(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casusportaal-migrations-')), 'test.sqlite');
}

async function tableNames(dataSource: DataSource): Promise<string[]> {
  const rows: { name: string }[] = await dataSource.query(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  );
  return rows.map((row) => row.name);
}

describe('migrations on SQLite', () => {
  it('build the schema, can be reverted one by one and run again', async () => {
    const dataSource = new DataSource(buildDataSourceOptions({ type: 'sqlite', path: tempDatabase() }));
    await dataSource.initialize();
    const applied = await dataSource.runMigrations();
    expect(applied.length).toBeGreaterThan(0);
    expect(await tableNames(dataSource)).toContain('editions');

    for (let i = 0; i < applied.length; i++) await dataSource.undoLastMigration();
    expect(await tableNames(dataSource)).toEqual(['migrations']);

    expect((await dataSource.runMigrations()).length).toBe(applied.length);
    await dataSource.destroy();
  });

  it('open the database with WAL, foreign keys and a busy timeout', async () => {
    const dataSource = new DataSource(buildDataSourceOptions({ type: 'sqlite', path: tempDatabase() }));
    await dataSource.initialize();
    expect(await dataSource.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    expect(await dataSource.query('PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
    expect(await dataSource.query('PRAGMA busy_timeout')).toEqual([{ timeout: 5000 }]);
    await dataSource.destroy();
  });

  it('leave the database as it was when one migration of a start fails', async () => {
    class HalfWayFailure1999999999999 implements MigrationInterface {
      async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.createTable(new Table({ name: 'half_made', columns: [{ name: 'id', type: 'integer' }] }));
        throw new Error('kapot halverwege');
      }
      async down(): Promise<void> {}
    }
    const options = buildDataSourceOptions({ type: 'sqlite', path: tempDatabase() });
    const dataSource = new DataSource({
      ...options,
      migrations: [...(options.migrations as string[]), HalfWayFailure1999999999999],
    });
    await dataSource.initialize();
    await expect(dataSource.runMigrations()).rejects.toThrow('kapot halverwege');
    // Neither the earlier migrations of this start nor the failed one left anything behind.
    expect(await tableNames(dataSource)).toEqual(['migrations']);
    expect(await dataSource.query('SELECT * FROM migrations')).toEqual([]);
    await dataSource.destroy();
  });
});
