import { CanActivate, createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from './actor';
import { LoginRequiredError } from './auth-errors';

export type RequestWithActor = Request & { actor?: Actor };

/** The logged-in person, for handlers behind LoggedIn; undefined on public pages. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => context.switchToHttp().getRequest<RequestWithActor>().actor,
);

/** Lets only logged-in people through; the others are sent to the login page and back. */
@Injectable()
export class LoggedIn implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (!context.switchToHttp().getRequest<RequestWithActor>().actor) throw new LoginRequiredError();
    return true;
  }
}
