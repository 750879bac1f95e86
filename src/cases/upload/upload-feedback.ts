import type { Request, Response } from 'express';
import 'express-session';
import type { UploadProblem } from './received-upload';

declare module 'express-session' {
  interface SessionData {
    /** The reason the last upload was refused, shown once beside the file field. */
    caseUploadProblem?: UploadProblem;
  }
}

/**
 * An upload always ends in a redirect to the edit page (post/redirect/get), with or without
 * scripts. The upload script asks for JSON, follows the address itself and so gets the message
 * on the page it then opens; a plain form follows the redirect.
 */
export function finishUpload(req: Request, res: Response, problem: UploadProblem | undefined, location: string): void {
  if (problem) req.session.caseUploadProblem = problem;
  if (req.accepts(['html', 'json']) === 'json') {
    res.status(200).json({ location });
    return;
  }
  res.redirect(303, location);
}

/** The refused upload's message, once. */
export function takeUploadProblem(req: Request): UploadProblem | undefined {
  const problem = req.session?.caseUploadProblem;
  if (problem) delete req.session.caseUploadProblem;
  return problem;
}
