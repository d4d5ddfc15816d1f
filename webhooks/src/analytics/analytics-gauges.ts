import { Gauge, type Registry } from 'prom-client';
import type { Clock, EventLog, Metrics, MetricsReader, TenantId } from '@baton/core';
import { metricsReaderFor } from './metrics-reader-for';

const DAY_MS = 86_400_000;

/**
 * The closed-loop figures for Grafana: the same computation as `GET /v1/analytics` over the last 7
 * days, done when Prometheus scrapes (cached for `cacheMs`, so a burst of scrapes reads once): from the
 * Redis log's per-day rollups, or the raw events of another log. Both derive from the events alone.
 */
export function registerAnalyticsGauges(
  registry: Registry,
  deps: { events: EventLog; metrics?: MetricsReader; tenantId: TenantId; clock: Clock; cacheMs?: number },
): void {
  const metrics = deps.metrics ?? metricsReaderFor(deps.events, { maxStaleMs: 60_000 });
  let cached: { at: number; total: Metrics } | undefined;
  let pending: Promise<Metrics> | undefined;
  const current = async (): Promise<Metrics> => {
    const now = deps.clock.now().getTime();
    if (cached && now - cached.at < (deps.cacheMs ?? 30_000)) return cached.total;
    pending ??= (async () => {
      const to = new Date(now + 1).toISOString();
      // The last 7 days as the dashboard counts them: today and the 6 days before (whole UTC days).
      const from = new Date(Math.floor(now / DAY_MS) * DAY_MS - 6 * DAY_MS).toISOString();
      const { total } = await metrics.read(deps.tenantId, { from, to });
      cached = { at: now, total };
      return total;
    })().finally(() => (pending = undefined));
    return pending;
  };

  const gauge = (name: string, help: string, read: (m: Metrics) => number | undefined) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      async collect() {
        const v = read(await current());
        // No handoffs, no ratio: NaN (Prometheus' "no value"), never a made-up zero.
        this.set(v !== undefined && Number.isFinite(v) ? v : Number.NaN);
      },
    });
  gauge('baton_analytics_handoffs_7d', 'Handoffs received in the last 7 days', (m) => m.handoffs);
  gauge('baton_analytics_bot_resolved_7d', 'Conversations the bot resolved in the last 7 days', (m) => m.botResolved);
  gauge(
    'baton_analytics_handoff_rate',
    'Handoffs / (handoffs + bot-resolved conversations), last 7 days',
    (m) => m.handoffRate,
  );
  gauge('baton_analytics_fcr_ratio', 'Handed-off tickets solved and not reopened within 7 days', (m) => m.fcr);
  gauge(
    'baton_analytics_repeat_contact_ratio',
    'Handoffs whose customer came back within 48 h',
    (m) => m.repeatContactRate,
  );
  gauge('baton_analytics_reask_ratio', 'Handoffs where the agent re-asked what the package held', (m) => m.reAskRate);
  gauge(
    'baton_analytics_csat_delta',
    'CSAT of handed-off tickets minus CSAT of bot-resolved conversations',
    (m) => m.csat.delta,
  );
  gauge('baton_analytics_sla_breaches_7d', 'Alerts unclaimed past their SLA, last 7 days', (m) => m.slaBreaches);
  new Gauge({
    name: 'baton_analytics_time_seconds',
    help: 'Time to claim and to the first agent reply, p50 and p90, last 7 days',
    labelNames: ['measure', 'quantile'] as const,
    registers: [registry],
    async collect() {
      const m = await current();
      this.reset();
      for (const [measure, q] of [
        ['claim', m.timeToClaimMs],
        ['first_reply', m.timeToFirstReplyMs],
      ] as const) {
        if (q.p50 !== undefined) this.set({ measure, quantile: '0.5' }, q.p50 / 1000);
        if (q.p90 !== undefined) this.set({ measure, quantile: '0.9' }, q.p90 / 1000);
      }
    },
  });
  new Gauge({
    name: 'baton_analytics_reason_share',
    help: 'Share of each handoff reason, last 7 days',
    labelNames: ['reason'] as const,
    registers: [registry],
    async collect() {
      const m = await current();
      this.reset();
      for (const [reason, share] of Object.entries(m.reasonShares)) this.set({ reason }, share);
    },
  });
  new Gauge({
    name: 'baton_analytics_reasked_field',
    help: 'Times each package field was re-asked by an agent, last 7 days',
    labelNames: ['field'] as const,
    registers: [registry],
    async collect() {
      const m = await current();
      this.reset();
      for (const [field, n] of Object.entries(m.reAskedFields)) this.set({ field }, n);
    },
  });
}
