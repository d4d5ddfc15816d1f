import type { Metrics } from '@baton/core';

export type ReportFormat = 'table' | 'json' | 'csv';
const COLUMNS = [
  'group',
  'handoffs',
  'bot_resolved',
  'handoff_rate',
  'claim_p50_min',
  'claim_p90_min',
  'reply_p50_min',
  'reply_p90_min',
  'sla_breaches',
  'fcr',
  'repeat_48h',
  'csat_handoff',
  'csat_delta',
  'reask_rate',
] as const;

const pct = (v: number | undefined) => (v === undefined ? '' : (v * 100).toFixed(1) + '%');
const min = (v: number | undefined) => (v === undefined ? '' : (v / 60_000).toFixed(1));

function row(group: string, m: Metrics): string[] {
  return [
    group,
    String(m.handoffs),
    String(m.botResolved),
    pct(m.handoffRate),
    min(m.timeToClaimMs.p50),
    min(m.timeToClaimMs.p90),
    min(m.timeToFirstReplyMs.p50),
    min(m.timeToFirstReplyMs.p90),
    String(m.slaBreaches),
    pct(m.fcr),
    pct(m.repeatContactRate),
    pct(m.csat.handoff),
    m.csat.delta === undefined ? '' : (m.csat.delta * 100).toFixed(1) + ' pts',
    pct(m.reAskRate),
  ];
}

/** The report of `baton report`: one row per group and a total row. */
export function formatReport(
  result: { from: string; to: string; total: Metrics; groups: Record<string, Metrics> },
  format: ReportFormat,
): string {
  if (format === 'json') return JSON.stringify(result, null, 2);
  const rows = [...Object.entries(result.groups).map(([k, m]) => row(k, m)), row('total', result.total)];
  if (format === 'csv') {
    const esc = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    return [COLUMNS.join(','), ...rows.map((r) => r.map(esc).join(','))].join('\n');
  }
  const all = [[...COLUMNS], ...rows];
  const widths = COLUMNS.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [`Baton handoff report ${result.from} .. ${result.to}`, line(all[0]!), ...all.slice(1).map(line)].join('\n');
}
