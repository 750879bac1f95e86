import * as path from 'node:path';
import { parseConfig } from './parse-config';

describe('parseConfig', () => {
  const root = '/srv/casusportaal';

  it('runs a demo on SQLite when nothing is set', () => {
    const config = parseConfig({}, root);
    expect(config).toEqual({
      nodeEnv: 'development',
      host: '127.0.0.1',
      port: 3000,
      baseUrl: 'http://localhost:3000',
      database: { type: 'sqlite', path: path.join(root, 'data', 'casusportaal.sqlite') },
      dataDir: path.join(root, 'data'),
      uploadDir: path.join(root, 'uploads'),
      uploadMaxBytes: 20 * 1024 * 1024,
      uploadMaxFiles: 5,
      sessionSecret: undefined,
      smtpUrl: undefined,
      mailFrom: 'Casusportaal <noreply@localhost>',
      defaultLanguage: 'nl',
      demo: true,
      logRequests: true,
      trustProxy: false,
    });
  });

  it('turns the demo off by default in production', () => {
    expect(parseConfig({ NODE_ENV: 'production' }, root).demo).toBe(false);
  });

  it('reads a PostgreSQL URL and a relative SQLite path', () => {
    expect(parseConfig({ DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/casus' }, root).database).toEqual({
      type: 'postgres',
      url: 'postgres://u:p@127.0.0.1:5432/casus',
    });
    expect(parseConfig({ DATABASE_URL: 'var/db.sqlite' }, root).database).toEqual({
      type: 'sqlite',
      path: path.join(root, 'var', 'db.sqlite'),
    });
  });

  it.each([
    [{ PORT: 'drieduizend' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DEMO: 'misschien' }, 'DEMO'],
    [{ BASE_URL: 'localhost' }, 'BASE_URL'],
    [{ DATABASE_URL: 'mysql://x/y' }, 'DATABASE_URL'],
    [{ SESSION_SECRET: 'kort' }, 'SESSION_SECRET'],
    [{ SMTP_URL: 'mail.example.nl' }, 'SMTP_URL'],
    [{ DEFAULT_LANGUAGE: 'de' }, 'DEFAULT_LANGUAGE'],
    [{ UPLOAD_MAX_MB: '0' }, 'UPLOAD_MAX_MB'],
  ])('stops on %j and names %s', (env, variable) => {
    expect(() => parseConfig(env, root)).toThrow(new RegExp(`^Configuration error in ${variable}: `));
  });

  it('drops a trailing slash from the base URL', () => {
    expect(parseConfig({ BASE_URL: 'https://casus.example.nl/' }, root).baseUrl).toBe('https://casus.example.nl');
  });
});
