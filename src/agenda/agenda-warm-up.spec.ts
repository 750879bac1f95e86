import { EventEmitter } from 'node:events';
import type { HttpAdapterHost } from '@nestjs/core';
import { AgendaWarmUp } from './agenda-warm-up';
import * as grouping from './grouping/group-cases';

describe('warming up the grouping', () => {
  afterEach(() => jest.useRealTimers());

  it('groups once in the background after the portal listens, not before', () => {
    jest.useFakeTimers();
    const spy = jest.spyOn(grouping, 'groupCases').mockReturnValue({ blocks: [], assignments: [] });
    const server = new EventEmitter();
    new AgendaWarmUp({ httpAdapter: { getHttpServer: () => server } } as unknown as HttpAdapterHost).onApplicationBootstrap();
    jest.runAllTimers();
    expect(spy).not.toHaveBeenCalled();
    server.emit('listening');
    expect(spy).not.toHaveBeenCalled();
    jest.runAllTimers();
    expect(spy).toHaveBeenCalledTimes(1);
    server.emit('listening');
    jest.runAllTimers();
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});
