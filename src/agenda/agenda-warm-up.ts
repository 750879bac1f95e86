import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { groupCases } from './grouping/group-cases';

/**
 * The first grouping in a process reads the Dutch dictionary, about a second of work. Once the
 * portal listens, one small grouping does that in the background, so the trainer's first
 * "Voorstel maken" is quick. Not before: the start itself must not wait for it.
 */
@Injectable()
export class AgendaWarmUp implements OnApplicationBootstrap {
  private readonly logger = new Logger('Agenda');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as { once?: (event: string, listener: () => void) => void } | undefined;
    server?.once?.('listening', () => setTimeout(() => this.warm(), 50).unref());
  }

  private warm(): void {
    try {
      groupCases({ cases: [{ id: 'warm', title: 'Bewonersinitiatief in de buurt', text: 'Een warmtenet voor de wijk.' }] });
    } catch (error) {
      // Only a head start: a real grouping will try again and report its own error.
      this.logger.warn(`Warming up the grouping failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
