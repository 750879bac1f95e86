import { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { AppConfig } from './config/app-config';
import { configureApp } from './common/http/configure-app';

/** Builds the portal the same way for `npm start`, the tests and the benchmarks. */
export async function createApp(config: AppConfig, logLevels?: LogLevel[]): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: logLevels ?? ['warn', 'error'],
    abortOnError: false,
    // Body parsers are set up in configureApp, before sessions and the CSRF check that read them.
    bodyParser: false,
  });
  await configureApp(app, config);
  return app;
}
