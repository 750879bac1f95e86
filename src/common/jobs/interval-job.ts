import { Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';

/**
 * A job that runs inside the app on a fixed interval, so an installation needs no cron. The
 * timer is unref'd (it never keeps a stopping process alive) and cleared on shutdown. A run
 * still busy is not started twice; a failed run is logged and tried again at the next tick.
 */
export abstract class IntervalJob implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  protected constructor(
    private readonly everyMs: number,
    private readonly logger: Logger,
    private readonly failureText: string,
  ) {}

  /** The work of one run; returns how many things it did. */
  protected abstract run(now: Date): Promise<number>;

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.everyMs);
    this.timer.unref();
  }

  /** The first shutdown hook, so a run in progress finishes before the database connection closes. */
  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One run, now. */
  async tick(now = new Date()): Promise<number> {
    if (this.running) return 0;
    const run = this.run(now).catch((error: unknown) => {
      this.logger.error(`${this.failureText}: ${error instanceof Error ? error.message : String(error)}`);
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
