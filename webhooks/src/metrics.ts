import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics of one service process (GET /metrics). */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const m = {
    registry,
    handoffs: new Counter({
      name: 'baton_handoffs_total',
      help: 'Handoffs accepted, by reason and priority',
      labelNames: ['reason', 'priority'] as const,
      registers: [registry],
    }),
    duplicates: new Counter({
      name: 'baton_handoff_duplicates_total',
      help: 'Handoffs answered 200 because the same key was seen before',
      registers: [registry],
    }),
    rejected: new Counter({
      name: 'baton_handoffs_rejected_total',
      help: 'Handoffs refused, by HTTP status',
      labelNames: ['status'] as const,
      registers: [registry],
    }),
    jobSeconds: new Histogram({
      name: 'baton_job_duration_seconds',
      help: 'Job latency by step',
      labelNames: ['job'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    jobFailures: new Counter({
      name: 'baton_job_failures_total',
      help: 'Failed job attempts by step',
      labelNames: ['job'] as const,
      registers: [registry],
    }),
    endToEnd: new Histogram({
      name: 'baton_handoff_to_ticket_seconds',
      help: 'From handoff accepted to ticket written',
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers: [registry],
    }),
    zendeskErrors: new Counter({
      name: 'baton_zendesk_errors_total',
      help: 'Zendesk API errors by status',
      labelNames: ['status'] as const,
      registers: [registry],
    }),
    connectorHandoffs: new Counter({
      name: 'baton_connector_handoffs_total',
      help: 'Handoffs created from a bot platform connector, by platform',
      labelNames: ['platform'] as const,
      registers: [registry],
    }),
    lifecycle: new Counter({
      name: 'baton_lifecycle_events_total',
      help: 'Lifecycle events recorded (claimed, solved, reopened, satisfaction_rated, ...)',
      labelNames: ['kind'] as const,
      registers: [registry],
    }),
    llmCalls: new Counter({
      name: 'baton_llm_calls_total',
      help: 'LLM summarizer calls by outcome',
      labelNames: ['model', 'outcome', 'reason'] as const,
      registers: [registry],
    }),
    llmSeconds: new Histogram({
      name: 'baton_llm_call_seconds',
      help: 'LLM call latency',
      labelNames: ['model'] as const,
      buckets: [0.25, 0.5, 1, 2, 4, 8, 16],
      registers: [registry],
    }),
    llmCost: new Counter({
      name: 'baton_llm_cost_usd_total',
      help: 'LLM cost in USD (list prices or configured)',
      labelNames: ['model'] as const,
      registers: [registry],
    }),
  };
  return m;
}
export type Metrics = ReturnType<typeof createMetrics>;
