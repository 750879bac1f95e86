import 'reflect-metadata';
import * as fs from 'node:fs';
import { createApp } from './app.factory';
import { ConfigError } from './config/config-error';
import { parseConfig } from './config/parse-config';

async function bootstrap(): Promise<void> {
  // Settings from .env, for those who prefer a file; real environment variables win.
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  const config = parseConfig(process.env);
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  process.stdout.write(`\nCasusportaal draait op ${config.baseUrl}\n\n`);
  // A stuck connection must not keep a stopping process alive for ever.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => setTimeout(() => process.exit(1), 10_000).unref());
  }
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`\n${error.message}\nSee .env.example for the settings and their defaults.\n\n`);
  } else {
    process.stderr.write(`\nCasusportaal could not start: ${error instanceof Error ? error.message : String(error)}\n\n`);
  }
  process.exit(1);
});
