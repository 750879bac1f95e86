import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor';
import type { RequestWithActor } from '../auth/current-user';
import { flash } from '../auth/session-actions';
import { isLanguage } from '../common/i18n/i18n';
import type { Language } from '../config/app-config';
import type { ChangeOutcome } from './agenda-editor.service';

/** What every agenda form post brings: who, which edition, the form and the page language. */
export interface Posted {
  actor: Actor;
  slug: string;
  body: unknown;
  lang: Language;
  req: Request;
}

/** For handlers behind LoggedIn. */
export const PostedForm = createParamDecorator((_data: unknown, context: ExecutionContext): Posted => {
  const req = context.switchToHttp().getRequest<RequestWithActor>();
  const lang: unknown = context.switchToHttp().getResponse<Response>().locals.lang;
  return { actor: req.actor!, slug: String(req.params.slug), body: req.body, lang: isLanguage(lang) ? lang : 'nl', req };
});

const FLASH_TYPE = { saved: 'ok', unchanged: 'info', refused: 'error' } as const;

/**
 * Back to the trainer's page at the changed place, with a message; or, when the form had
 * errors, the page again (422) with the messages beside the fields and what was typed.
 */
export function respond(posted: Posted, res: Response, outcome: ChangeOutcome): void {
  if (outcome.kind === 'invalid') {
    res.status(422).render('agenda/edit', outcome.page);
    return;
  }
  flash(posted.req, FLASH_TYPE[outcome.kind], outcome.message.key, outcome.message.params);
  res.redirect(303, `/leerateliers/${posted.slug}/agenda/bewerken${outcome.anchor ? `#${outcome.anchor}` : ''}`);
}
