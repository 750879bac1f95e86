import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { AppConfig } from '../../src/config/app-config';
import { parseConfig } from '../../src/config/parse-config';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  dataSource: DataSource;
  /** The temp folder holding this app's database, data and uploads. */
  dir: string;
  close(): Promise<void>;
}

/**
 * The real portal on a fresh SQLite file built by the migrations, with its own temp data and
 * upload folders. `env` overrides settings as environment variables would.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusportaal-test-'));
  const config = parseConfig(
    {
      DATA_DIR: path.join(dir, 'data'),
      UPLOAD_DIR: path.join(dir, 'uploads'),
      DEMO: 'false',
      LOG_REQUESTS: 'false',
      NODE_ENV: 'test',
      ...env,
    },
    dir,
  );
  fs.mkdirSync(config.uploadDir, { recursive: true });
  const app = await createApp(config, ['error']);
  await app.init();
  return {
    app,
    config,
    dataSource: app.get(DataSource),
    dir,
    async close() {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Starts listening on a free port of 127.0.0.1 and returns the base URL. */
export async function listen(testApp: TestApp): Promise<string> {
  await testApp.app.listen(0, '127.0.0.1');
  const address = testApp.app.getHttpServer().address() as { port: number };
  return `http://127.0.0.1:${address.port}`;
}
