import * as path from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { AppConfig } from '../../config/app-config';
import { ErrorPageFilter } from '../filters/error-page.filter';
import { PROJECT_ROOT } from '../project-root';
import { setUpViews } from '../views/view-engine';
import { languageMiddleware } from './language.middleware';
import { requestLogMiddleware } from './request-log.middleware';
import { configureSessions } from '../../auth/http-session';

const UTRECHT_CSS = path.dirname(require.resolve('@utrecht/component-library-css/dist/index.css'));

/** Everything around the routes: security headers, assets, views, language, logging, errors. */
export async function configureApp(app: NestExpressApplication, config: AppConfig): Promise<void> {
  const https = config.baseUrl.startsWith('https:');
  if (config.trustProxy) app.set('trust proxy', 1);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          ...(https ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      strictTransportSecurity: https,
    }),
  );
  if (config.logRequests) app.use(requestLogMiddleware());

  // Assets come before sessions: a stylesheet needs no database lookup.
  const assets = { maxAge: config.nodeEnv === 'production' ? '7d' : 0, index: false, fallthrough: true };
  app.useStaticAssets(path.join(PROJECT_ROOT, 'public'), { ...assets, prefix: '/assets/' });
  app.useStaticAssets(UTRECHT_CSS, { ...assets, prefix: '/assets/utrecht/' });

  app.use(cookieParser());
  app.use(languageMiddleware(config.defaultLanguage));
  app.useBodyParser('urlencoded', { extended: false, limit: '1mb' });
  configureSessions(app, config);

  await setUpViews(app, config.nodeEnv !== 'development' || process.env.VIEW_CACHE === 'true');
  app.useGlobalFilters(new ErrorPageFilter());
  app.enableShutdownHooks();
}
