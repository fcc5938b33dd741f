// Structured logs without personal data: we log ids, routes and outcomes, never bodies, cookies,
// e-mail addresses, names or link tokens. Redaction is a second line of defence.
import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: 'weerbaar' },
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'email',
        'token',
        'link',
        '*.email',
        '*.token',
      ],
      censor: '[verwijderd]',
    },
  });
}
