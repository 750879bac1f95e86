import type { Request } from 'express';
import 'express-session';
import type { Placement } from './sign-up-rules';

/**
 * What the confirmation page shows after the redirect. It travels in the session rather than
 * in the address, so no personal data ends up in browser history or server logs.
 */
export interface SignUpConfirmation {
  slug: string;
  editionTitle: string;
  status: Placement;
  place: number | null;
  email: string;
}

declare module 'express-session' {
  interface SessionData {
    signUpConfirmation?: SignUpConfirmation;
  }
}

/**
 * Stores the session before a redirect. express-session saves at the end of the response but
 * sends the headers first, so a browser can follow the redirect before the save is done and
 * read the session without what this request put in it.
 */
export function saveSession(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.save((error) => (error ? reject(error) : resolve())));
}
