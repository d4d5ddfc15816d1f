/** The admin dashboard: one HTML page; data from GET /v1/analytics, charts by chart.js served from node_modules. */
export function dashboardHtml(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Baton analytics</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:system-ui,sans-serif;margin:0;background:#f6f7f9;color:#1f2933}
header{background:#1f2933;color:#fff;padding:12px 20px;display:flex;gap:12px;align-items:center;flex-wrap:wrap}
header h1{font-size:18px;margin:0 16px 0 0}
select,input,button{font:inherit;padding:4px 6px}
main{display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));gap:16px;padding:16px}
.card{background:#fff;border-radius:8px;padding:12px 16px;box-shadow:0 1px 2px #0002}
.card h2{font-size:14px;margin:0 0 8px;color:#52606d}
.kpis{display:grid;grid-template-columns:repeat(4,1fr);gap:8px}
.kpi b{display:block;font-size:22px}.kpi span{font-size:12px;color:#52606d}
#error{color:#b00020;padding:0 20px}
</style></head><body>
<header><h1>Baton · handoff analytics</h1>
<label>Period <select id="since"><option value="7d">7 days</option><option value="30d">30 days</option><option value="90d">90 days</option></select></label>
<label>Bot <input id="bot" size="8"></label><label>Reason <input id="reason" size="10"></label>
<label>Channel <input id="channel" size="6"></label><label>Priority <input id="priority" size="6"></label>
<button id="apply">Apply</button></header>
<div id="error"></div>
<main>
<section class="card" style="grid-column:1/-1"><div class="kpis" id="kpis"></div></section>
<section class="card"><h2>Handoffs and re-ask rate per day</h2><canvas id="trend"></canvas></section>
<section class="card"><h2>Funnel</h2><canvas id="funnel"></canvas></section>
<section class="card"><h2>Reasons per bot</h2><canvas id="reasons"></canvas></section>
<section class="card"><h2>Fields re-asked</h2><canvas id="fields"></canvas></section>
<section class="card"><h2>FCR by context completeness</h2><canvas id="bands"></canvas></section>
</main>
<script src="/admin/analytics/chart.umd.min.js"></script>
<script>
const token = new URLSearchParams(location.search).get('token') || '';
const charts = {};
const pct = (v) => v == null ? '–' : (v * 100).toFixed(1) + '%';
const min = (v) => v == null ? '–' : (v / 60000).toFixed(1) + ' min';
function draw(id, config) { if (charts[id]) charts[id].destroy(); charts[id] = new Chart(document.getElementById(id), { ...config, options: { animation: false, ...(config.options || {}) } }); }
async function get(params) {
  const r = await fetch('/v1/analytics?' + new URLSearchParams(params), { headers: { authorization: 'Bearer ' + token } });
  if (!r.ok) throw new Error((await r.json().catch(() => ({ error: { message: r.status + ' ' + r.statusText } }))).error.message);
  return r.json();
}
async function load() {
  const params = { since: document.getElementById('since').value };
  for (const f of ['bot', 'reason', 'channel', 'priority']) { const v = document.getElementById(f).value.trim(); if (v) params[f] = v; }
  try {
    const [byDay, byBot] = await Promise.all([get({ ...params, by: 'day' }), get({ ...params, by: 'bot' })]);
    document.getElementById('error').textContent = '';
    const t = byDay.total;
    document.getElementById('kpis').innerHTML = [
      ['Handoffs', t.handoffs], ['Handoff rate', pct(t.handoffRate)], ['Re-ask rate', pct(t.reAskRate)], ['FCR', pct(t.fcr)],
      ['Time to claim p50', min(t.timeToClaimMs.p50)], ['First reply p90', min(t.timeToFirstReplyMs.p90)], ['CSAT delta', t.csat.delta == null ? '–' : (t.csat.delta * 100).toFixed(1) + ' pts'], ['SLA breaches', t.slaBreaches],
    ].map(([k, v]) => '<div class="kpi"><b>' + v + '</b><span>' + k + '</span></div>').join('');
    const days = Object.keys(byDay.groups);
    draw('trend', { type: 'bar', data: { labels: days, datasets: [
      { label: 'handoffs', data: days.map((d) => byDay.groups[d].handoffs), yAxisID: 'y' },
      { label: 're-ask rate %', type: 'line', data: days.map((d) => (byDay.groups[d].reAskRate ?? 0) * 100), yAxisID: 'y1' } ] },
      options: { scales: { y1: { position: 'right', min: 0, max: 100 } } } });
    const f = t.funnel;
    draw('funnel', { type: 'bar', data: { labels: ['handed off', 'alerted', 'claimed', 'first reply', 'solved', 'not reopened'],
      datasets: [{ label: 'handoffs', data: [f.handedOff, f.alerted, f.claimed, f.firstReply, f.solved, f.notReopened] }] }, options: { indexAxis: 'y' } });
    const bots = Object.keys(byBot.groups);
    const reasons = [...new Set(bots.flatMap((b) => Object.keys(byBot.groups[b].reasonShares)))];
    draw('reasons', { type: 'bar', data: { labels: bots, datasets: reasons.map((r) => ({ label: r, data: bots.map((b) => Math.round((byBot.groups[b].reasonShares[r] || 0) * byBot.groups[b].handoffs)) })) },
      options: { scales: { x: { stacked: true }, y: { stacked: true } } } });
    const fields = Object.keys(t.reAskedFields);
    draw('fields', { type: 'bar', data: { labels: fields, datasets: [{ label: 'times re-asked', data: fields.map((k) => t.reAskedFields[k]) }] } });
    const bands = ['low', 'medium', 'high'];
    draw('bands', { type: 'bar', data: { labels: bands, datasets: [{ label: 'FCR %', data: bands.map((b) => (t.completeness[b].fcr ?? 0) * 100) }, { label: 'handoffs', data: bands.map((b) => t.completeness[b].handoffs) }] } });
    document.body.dataset.ready = 'true';
  } catch (e) { document.getElementById('error').textContent = String(e.message || e); document.body.dataset.ready = 'error'; }
}
document.getElementById('apply').onclick = load;
load();
</script></body></html>`;
}
