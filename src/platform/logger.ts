import pino from 'pino';

/**
 * Structured JSON logs without personal data: requests are logged by method, route and status only;
 * cookies, bodies, query strings and e-mail addresses are never logged.
 */
export function createLogger(level: string) {
  return pino({
    level,
    base: { app: 'kapocs' },
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'email', '*.email', 'password', '*.password'], remove: true },
    serializers: {
      req: (req: { method: string; routeOptions?: { url?: string }; url: string; id: string }) => ({
        id: req.id,
        method: req.method,
        route: req.routeOptions?.url ?? req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
