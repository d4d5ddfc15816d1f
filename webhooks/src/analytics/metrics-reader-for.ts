import { createLogMetricsReader, type EventLog, type MetricsReader } from '@baton/core';
import { RedisEventLog } from './redis-event-log';
import type { RedisRollupsOptions } from './redis-rollups';

/**
 * The Redis log answers from its per-day rollups (`options` apply to them); any other log (the
 * in-memory one) folds its raw events.
 */
export function metricsReaderFor(events: EventLog, options: RedisRollupsOptions = {}): MetricsReader {
  return events instanceof RedisEventLog ? events.metricsReader(options) : createLogMetricsReader(events);
}
