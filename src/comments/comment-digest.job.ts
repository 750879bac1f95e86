import { Injectable, Logger } from '@nestjs/common';
import { IntervalJob } from '../common/jobs/interval-job';
import { CommentDigestService } from './comment-digest.service';

/** Often enough that the digest goes out within the quarter hour after the digest hour. */
export const DIGEST_CHECK_MS = 15 * 60 * 1000;

/** Sends the daily comment digests; a run returns how many were queued. */
@Injectable()
export class CommentDigestJob extends IntervalJob {
  constructor(private readonly digests: CommentDigestService) {
    super(DIGEST_CHECK_MS, new Logger('Comments'), 'Comment digests failed');
  }

  protected run(now: Date): Promise<number> {
    return this.digests.sendDigests(now);
  }
}
