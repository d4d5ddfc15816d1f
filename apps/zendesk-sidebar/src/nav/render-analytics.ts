import type { Translate } from '../i18n/translator';
import type { AnalyticsAnswer, AnalyticsTotals } from './analytics-api';

const pct = (x: number | undefined) => (x === undefined ? '—' : `${(x * 100).toFixed(1)}%`);
const mins = (ms: number | undefined) => (ms === undefined ? '—' : `${Math.round(ms / 60_000)} min`);
const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The KPI tiles: the figures a support lead reads first. */
export function kpiHtml(t: AnalyticsTotals, tr: Translate): string {
  const tiles: Array<[string, string]> = [
    [String(t.handoffs), tr('analytics_handoffs')],
    [pct(t.handoffRate), tr('analytics_handoff_rate')],
    [pct(t.fcr), tr('analytics_fcr')],
    [pct(t.reAskRate), tr('analytics_reask_rate')],
    [mins(t.timeToClaimMs.p50), tr('analytics_claim_p50')],
    [mins(t.timeToFirstReplyMs.p50), tr('analytics_reply_p50')],
    [String(t.slaBreaches), tr('analytics_sla_breaches')],
    [
      t.csat.delta === undefined ? '—' : `${t.csat.delta >= 0 ? '+' : ''}${(t.csat.delta * 100).toFixed(0)} pts`,
      tr('analytics_csat_delta'),
    ],
  ];
  return tiles.map(([v, label]) => `<div class="kpi"><b>${esc(v)}</b><span>${esc(label)}</span></div>`).join('');
}

function table(title: string, head: [string, string], rows: Array<[string, string]>, empty: string): string {
  const body = rows.length
    ? rows.map(([a, b]) => `<tr><td>${esc(a)}</td><td>${esc(b)}</td></tr>`).join('')
    : `<tr><td colspan="2">${esc(empty)}</td></tr>`;
  return `<section><h2>${esc(title)}</h2><table><thead><tr><th scope="col">${esc(head[0])}</th><th scope="col">${esc(head[1])}</th></tr></thead><tbody>${body}</tbody></table></section>`;
}

/** The whole page body for one answer: KPIs, funnel, reasons, fields re-asked, handoffs per day. */
export function analyticsHtml(data: AnalyticsAnswer, tr: Translate): string {
  const t = data.total;
  const f = t.funnel;
  const funnel: Array<[string, string]> = [
    [tr('analytics_funnel_handed_off'), String(f.handedOff)],
    [tr('analytics_funnel_alerted'), String(f.alerted)],
    [tr('analytics_funnel_claimed'), String(f.claimed)],
    [tr('analytics_funnel_first_reply'), String(f.firstReply)],
    [tr('analytics_funnel_solved'), String(f.solved)],
    [tr('analytics_funnel_not_reopened'), String(f.notReopened)],
  ];
  const reasons = Object.entries(t.reasonShares)
    .sort((a, b) => b[1] - a[1])
    .map(([r, s]): [string, string] => [r.replace(/_/g, ' '), pct(s)]);
  const fields = Object.entries(t.reAskedFields)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]): [string, string] => [k, String(n)]);
  const days = Object.entries(data.groups).map(([d, g]): [string, string] => [d, String(g.handoffs)]);
  return [
    `<div class="kpis" id="kpis">${kpiHtml(t, tr)}</div>`,
    table(tr('analytics_funnel'), [tr('analytics_step'), tr('analytics_count')], funnel, tr('analytics_none')),
    table(tr('analytics_reasons'), [tr('analytics_reason'), tr('analytics_share')], reasons, tr('analytics_none')),
    table(tr('analytics_reasked_fields'), [tr('analytics_field'), tr('analytics_count')], fields, tr('analytics_none')),
    table(tr('analytics_per_day'), [tr('analytics_day'), tr('analytics_handoffs')], days, tr('analytics_none')),
  ].join('');
}
