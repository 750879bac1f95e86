import type { NextFunction, Request, Response } from 'express';

/**
 * One JSON line per request, written when the response is done. It holds no personal data:
 * no addresses and no query strings. A matched route is logged as its pattern
 * ("/leerateliers/:slug"), so ids and tokens in links never reach the log.
 */
export function requestLogMiddleware(write: (line: string) => void = (line) => process.stdout.write(line)) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const entry = {
        time: new Date().toISOString(),
        method: req.method,
        path: loggedPath(req),
        status: res.statusCode,
        ms: Math.round(ms * 10) / 10,
      };
      write(JSON.stringify(entry) + '\n');
    });
    next();
  };
}

function loggedPath(req: Request): string {
  const route = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof route === 'string') return req.baseUrl + route;
  return maskPath(req.originalUrl.split('?')[0]);
}

/** For paths no route matched: long segments may be secrets someone pasted, so they are masked. */
export function maskPath(path: string): string {
  return path
    .split('/')
    .map((segment) => (segment.length >= 32 ? ':masked' : segment))
    .join('/');
}
