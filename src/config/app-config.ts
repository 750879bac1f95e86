/** The validated configuration the whole app runs with. Built once at boot by `parseConfig`. */
export type Language = 'nl' | 'en';
export const LANGUAGES: readonly Language[] = ['nl', 'en'];

export type DatabaseConfig =
  | { type: 'sqlite'; path: string }
  | { type: 'postgres'; url: string };

export interface AppConfig {
  nodeEnv: string;
  host: string;
  port: number;
  baseUrl: string;
  database: DatabaseConfig;
  dataDir: string;
  uploadDir: string;
  uploadMaxBytes: number;
  uploadMaxFiles: number;
  /** Absent when neither SESSION_SECRET nor a kept secret exists yet; see session-secret.ts. */
  sessionSecret?: string;
  smtpUrl?: string;
  mailFrom: string;
  defaultLanguage: Language;
  demo: boolean;
  logRequests: boolean;
  trustProxy: boolean;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
