import * as path from 'node:path';
import { AppConfig, DatabaseConfig, Language, LANGUAGES } from './app-config';
import { ConfigError } from './config-error';

type Env = Record<string, string | undefined>;

/**
 * Reads every environment variable the portal knows, applies the defaults that run a demo
 * on SQLite, and fails fast with the name of the first variable that is wrong.
 * `root` is the folder relative paths are resolved against (the project folder).
 */
export function parseConfig(env: Env, root: string = process.cwd()): AppConfig {
  const nodeEnv = text(env, 'NODE_ENV') ?? 'development';
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const host = text(env, 'HOST') ?? '127.0.0.1';
  const dataDir = path.resolve(root, text(env, 'DATA_DIR') ?? 'data');

  return {
    nodeEnv,
    host,
    port,
    baseUrl: baseUrl(env, port),
    database: database(env, root, dataDir),
    dataDir,
    uploadDir: path.resolve(root, text(env, 'UPLOAD_DIR') ?? 'uploads'),
    uploadMaxBytes: integer(env, 'UPLOAD_MAX_MB', 20, 1, 1024) * 1024 * 1024,
    uploadMaxFiles: integer(env, 'UPLOAD_MAX_FILES', 5, 1, 50),
    sessionSecret: sessionSecret(env),
    smtpUrl: smtpUrl(env),
    mailFrom: text(env, 'MAIL_FROM') ?? 'Casusportaal <noreply@localhost>',
    defaultLanguage: language(env),
    demo: boolean(env, 'DEMO', nodeEnv !== 'production'),
    logRequests: boolean(env, 'LOG_REQUESTS', true),
    trustProxy: boolean(env, 'TRUST_PROXY', false),
  };
}

function text(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `expected a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) {
    throw new ConfigError(name, `expected a number from ${min} to ${max}, got ${value}`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = text(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['true', '1', 'yes', 'on'].includes(raw)) return true;
  if (['false', '0', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `expected true or false, got "${raw}"`);
}

function baseUrl(env: Env, port: number): string {
  const raw = text(env, 'BASE_URL') ?? `http://localhost:${port}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('BASE_URL', `expected a full URL such as https://casus.example.nl, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError('BASE_URL', 'expected an http or https URL');
  }
  return raw.replace(/\/+$/, '');
}

function database(env: Env, root: string, dataDir: string): DatabaseConfig {
  const raw = text(env, 'DATABASE_URL');
  if (raw === undefined) return { type: 'sqlite', path: path.join(dataDir, 'casusportaal.sqlite') };
  if (/^postgres(ql)?:\/\//i.test(raw)) {
    try {
      new URL(raw);
    } catch {
      throw new ConfigError('DATABASE_URL', 'the PostgreSQL URL cannot be read');
    }
    return { type: 'postgres', url: raw };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
    throw new ConfigError('DATABASE_URL', 'expected a SQLite file path or a postgres:// URL');
  }
  const file = raw.replace(/^sqlite:/i, '');
  return { type: 'sqlite', path: file === ':memory:' ? file : path.resolve(root, file) };
}

function sessionSecret(env: Env): string | undefined {
  const raw = text(env, 'SESSION_SECRET');
  if (raw !== undefined && raw.length < 32) {
    throw new ConfigError('SESSION_SECRET', 'must be at least 32 characters long');
  }
  return raw;
}

function smtpUrl(env: Env): string | undefined {
  const raw = text(env, 'SMTP_URL');
  if (raw === undefined) return undefined;
  if (!/^smtps?:\/\/[^/]+/i.test(raw)) {
    throw new ConfigError('SMTP_URL', 'expected smtp://host:port or smtps://user:password@host:port');
  }
  return raw;
}

function language(env: Env): Language {
  const raw = (text(env, 'DEFAULT_LANGUAGE') ?? 'nl').toLowerCase();
  if (!LANGUAGES.includes(raw as Language)) {
    throw new ConfigError('DEFAULT_LANGUAGE', `expected nl or en, got "${raw}"`);
  }
  return raw as Language;
}
