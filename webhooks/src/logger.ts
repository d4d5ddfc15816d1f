import { pino, type Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;

/** Structured JSON logs; never the raw payloads (transcripts are the customer's words). */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'baton' },
    redact: { paths: ['*.messages', '*.transcript', '*.event', 'req.headers.authorization'], remove: true },
  });
}
