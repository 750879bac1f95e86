import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { CommentDigestService } from './comment-digest.service';

/** Often enough that the digest goes out within the quarter hour after the digest hour. */
export const DIGEST_CHECK_MS = 15 * 60 * 1000;

/**
 * Runs the daily digest inside the app, so an installation needs no cron. The timer is unref'd
 * (it never keeps a stopping process alive) and cleared on shutdown. A run still busy is not
 * started twice; a failed run is logged and tried again at the next tick.
 */
@Injectable()
export class CommentDigestJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Comments');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(private readonly digests: CommentDigestService) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), DIGEST_CHECK_MS);
    this.timer.unref();
  }

  /** The first shutdown hook, so a run in progress finishes before the database connection closes. */
  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One run, now; returns how many digests were queued. */
  async tick(now = new Date()): Promise<number> {
    if (this.running) return 0;
    const run = this.digests.sendDigests(now).catch((error: unknown) => {
      this.logger.error(`Comment digests failed: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    });
    this.running = run;
    try {
      return await run;
    } finally {
      this.running = undefined;
    }
  }

  /** Whether the timer is set; for the tests of starting and stopping. */
  get scheduled(): boolean {
    return this.timer !== undefined;
  }
}
