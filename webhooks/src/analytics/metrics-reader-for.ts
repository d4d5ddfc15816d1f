import { createLogMetricsReader, type EventLog, type MetricsReader } from '@baton/core';
import { RedisEventLog } from './redis-event-log';

/** The Redis log answers from its per-day rollups; any other log (the in-memory one) folds its raw events. */
export function metricsReaderFor(events: EventLog): MetricsReader {
  return events instanceof RedisEventLog ? events.metricsReader() : createLogMetricsReader(events);
}
