import { Redis } from 'ioredis';
import type { EventLog } from '@baton/core';
import { z } from 'zod';
import { resolvePeriod } from './analytics-query';
import { formatReport } from './format-report';
import { RedisEventLog } from './redis-event-log';
import { metricsReaderFor } from './metrics-reader-for';
import { flag } from '../cli/flags';

const argsSchema = z.object({
  since: z
    .string()
    .regex(/^\d{1,3}[dh]$/, 'must look like 7d or 24h')
    .default('7d'),
  by: z.enum(['all', 'day', 'bot', 'intent', 'reason', 'channel', 'priority', 'team']).default('all'),
  format: z.enum(['table', 'json', 'csv']).default('table'),
});

/** `baton report --since 7d [--by reason|bot|intent|channel] [--format table|json|csv]`; undefined: not ours. */
export async function runReportCommand(
  argv: string[],
  io: { out: (s: string) => void; err: (s: string) => void; log?: EventLog; tenantId?: string; now?: Date } = {
    out: (s) => process.stdout.write(s + '\n'),
    err: (s) => process.stderr.write(s + '\n'),
  },
): Promise<number | undefined> {
  if (argv[0] !== 'report') return undefined;
  const parsed = argsSchema.safeParse({
    since: flag(argv, '--since'),
    by: flag(argv, '--by'),
    format: flag(argv, '--format'),
  });
  if (!parsed.success) {
    io.err(`baton report: ${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return 2;
  }
  let redis: Redis | undefined;
  let log = io.log;
  if (!log) {
    redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', {
      maxRetriesPerRequest: 2,
      lazyConnect: true,
    });
    await redis.connect();
    log = new RedisEventLog(redis);
  }
  try {
    const period = resolvePeriod({ since: parsed.data.since, by: 'all' }, io.now ?? new Date());
    const answer = await metricsReaderFor(log).read(io.tenantId ?? process.env.BATON_TENANT ?? 'default', {
      ...period,
      by: parsed.data.by,
    });
    io.out(formatReport(answer, parsed.data.format));
    return 0;
  } finally {
    await redis?.quit();
  }
}
