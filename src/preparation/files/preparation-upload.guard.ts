import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { RequestWithActor } from '../../auth/current-user';
import { PreparationFilesService } from './preparation-files.service';

/**
 * Checks that the person may add material before a single byte of the upload is read: guards
 * run before interceptors, so an upload by someone else is refused instead of written to disk
 * first. Runs after LoggedIn.
 */
@Injectable()
export class PreparationUploadGuard implements CanActivate {
  constructor(private readonly files: PreparationFilesService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<RequestWithActor>();
    await this.files.openForChange(req.actor!, String(req.params.slug));
    return true;
  }
}
