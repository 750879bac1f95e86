import 'express-session';

declare module 'express-session' {
  interface SessionData {
    userId?: number;
    flash?: { type: 'ok' | 'info' | 'warning' | 'error'; key: string; params?: Record<string, string | number> };
    csrfToken?: string;
  }
}
