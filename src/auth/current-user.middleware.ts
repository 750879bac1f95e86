import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { UsersRepository } from '../users/users.repository';
import type { RequestWithActor } from './current-user';

/** Loads the logged-in person for every request that has a session with a user in it. */
@Injectable()
export class CurrentUserMiddleware implements NestMiddleware {
  constructor(private readonly users: UsersRepository) {}

  async use(req: RequestWithActor, res: Response, next: NextFunction): Promise<void> {
    try {
      const userId = req.session?.userId;
      if (userId !== undefined) {
        const user = await this.users.findById(userId);
        if (user) {
          req.actor = { id: user.id, name: user.name, email: user.email, isCoordinator: user.isCoordinator, language: user.language };
          res.locals.actor = req.actor;
        } else {
          delete req.session.userId;
        }
      }
      next();
    } catch (error) {
      next(error);
    }
  }
}
