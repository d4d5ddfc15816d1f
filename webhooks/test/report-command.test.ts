import { describe, expect, it } from 'vitest';
import { history, iso, T } from '@baton/core';
import { MemoryEventLog } from '../src/adapters/memory/event-log';
import { runReportCommand } from '../src/analytics/report-command';

async function run(argv: string[]) {
  const log = new MemoryEventLog();
  for (const e of history()) await log.append({ ...e, tenantId: 'default' });
  const out: string[] = [];
  const err: string[] = [];
  const code = await runReportCommand(argv, {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    log,
    now: new Date(T + 20 * 86_400_000),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('baton report', () => {
  it('json: the same figures as the metrics', async () => {
    const r = await run(['report', '--since', '30d', '--format', 'json']);
    expect(r.code).toBe(0);
    const body = JSON.parse(r.out);
    expect(body.total.handoffs).toBe(10);
    expect(body.total.fcr).toBeCloseTo(0.7, 10);
  });
  it('csv by bot: a header, one row per bot and a total', async () => {
    const r = await run(['report', '--since', '30d', '--by', 'bot', '--format', 'csv']);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^group,handoffs,bot_resolved,handoff_rate/);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['billing', 'shop', 'total']);
    expect(lines[3]).toContain(',70.0%,');
  });
  it('table by reason', async () => {
    const r = await run(['report', '--since=30d', '--by=reason']);
    expect(r.out).toMatch(/refund\s+4\s/);
  });
  it('names a bad flag; other commands are not its business', async () => {
    const r = await run(['report', '--by', 'colour']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--by/);
    expect(await runReportCommand(['serve'])).toBeUndefined();
  });
});
