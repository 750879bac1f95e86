import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { RENDER_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { mergeMap, Observable } from 'rxjs';
import type { RequestWithActor } from '../auth/current-user';
import { CaseCommentsService } from './case-comments.service';

const CASE_PAGE = 'cases/show';
const OVERVIEW = 'cases/overview';

type Model = Record<string, unknown>;

/*
 * Puts the comments on the pages of the cases feature without that feature knowing comments.
 * The case page (views/cases/show.hbs) renders the partial "case-comments" from `comments`,
 * added here to its model; each card of the overview (views/cases/overview.hbs) gets
 * `commentMarker`, what is new to the reader. Both are found by the template the handler
 * renders, so the cases' controllers and services stay as they are. An earlier version of a
 * case gets no comments: they belong to the case as it is now.
 *
 * Registered for the whole app (APP_INTERCEPTOR in CommentsModule); for every other handler
 * it only reads one piece of metadata and steps aside.
 */
@Injectable()
export class CasePagesInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly comments: CaseCommentsService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const template = this.reflector.get<string | undefined>(RENDER_METADATA, context.getHandler());
    if (template !== CASE_PAGE && template !== OVERVIEW) return next.handle();
    const req = context.switchToHttp().getRequest<RequestWithActor>();
    return next.handle().pipe(mergeMap((model: unknown) => (template === CASE_PAGE ? this.casePage(req, model) : this.overview(req, model))));
  }

  private async casePage(req: RequestWithActor, model: unknown): Promise<unknown> {
    if (!isModel(model) || !req.actor || typeof model.caseId !== 'number' || model.isOldVersion) return model;
    return { ...model, comments: await this.comments.section(req.actor, String(req.params.slug), model.caseId) };
  }

  private async overview(req: RequestWithActor, model: unknown): Promise<unknown> {
    if (!isModel(model) || !req.actor || !Array.isArray(model.cards)) return model;
    const cards = model.cards as Model[];
    const markers = await this.comments.cardMarkers(req.actor, String(req.params.slug), cards.map((card) => Number(card.id)));
    return { ...model, cards: cards.map((card) => ({ ...card, commentMarker: markers.get(Number(card.id)) ?? null })) };
  }
}

function isModel(value: unknown): value is Model {
  return typeof value === 'object' && value !== null;
}
