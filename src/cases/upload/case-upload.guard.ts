import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { RequestWithActor } from '../../auth/current-user';
import { AttachmentsService } from '../attachments.service';

/**
 * Checks that the person may add attachments to this case before a single byte of the upload is
 * read. Guards run before interceptors, so an upload to someone else's case is refused at once
 * instead of being written to disk first. Runs after LoggedIn.
 */
@Injectable()
export class CaseUploadGuard implements CanActivate {
  constructor(private readonly attachments: AttachmentsService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<RequestWithActor>();
    await this.attachments.openForChange(req.actor!, String(req.params.slug), Number(req.params.id));
    return true;
  }
}
