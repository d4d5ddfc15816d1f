import type { HandoffPackage } from '@baton/core';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const list = (items: string[]) =>
  items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '<p>None.</p>';

/**
 * The internal note, laid out for a glance: reason and priority, customer, issue, what was tried
 * (✓/✗), next steps, the suggested greeting, then the transcript with roles and times. Every
 * string is escaped: the transcript is the customer's text.
 */
export function renderInternalNote(pkg: HandoffPackage, handoffId: string): string {
  const c = pkg.customer;
  const who = [c.name, c.email, c.phone, c.tier && `tier ${c.tier}`, c.id && `id ${c.id}`]
    .filter(Boolean)
    .map((x) => esc(String(x)))
    .join(' · ');
  const e = pkg.entities;
  const facts = [
    ...e.orderIds.map((x) => `order ${x}`),
    ...e.accountIds.map((x) => `account ${x}`),
    ...e.amounts.map((a) => a.text),
    ...e.errorCodes.map((x) => `error ${x}`),
    ...e.cardLast4.map((x) => `card ••••${x}`),
    ...e.emails,
    ...e.phones,
  ].map(esc);
  const tried = pkg.attempted.map(
    (a) => `${a.outcome === 'succeeded' ? '✓' : a.outcome === 'failed' ? '✗' : '?'} ${esc(a.step)}`,
  );
  const transcript = pkg.transcript
    .map(
      (m) =>
        `<tr><td><b>${esc(m.role)}</b></td><td>${m.at ? esc(m.at.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC')) : ''}</td><td>${esc(m.text)}</td></tr>`,
    )
    .join('');
  return [
    `<p data-baton-handoff="${esc(handoffId)}"><b>Baton handoff</b>: <b>${esc(pkg.reason.code.replace(/_/g, ' '))}</b>, priority <b>${esc(pkg.priority)}</b>. ${esc(pkg.reason.detail)}</p>`,
    `<p><b>Customer</b>: ${who || 'unknown'} · sentiment ${esc(pkg.sentiment.label)} (${esc(pkg.sentiment.trend)})</p>`,
    `<p><b>Issue</b>: ${esc(pkg.summary)}</p>`,
    facts.length ? `<p><b>Details</b>: ${facts.join(' · ')}</p>` : '',
    `<p><b>Already tried</b></p>${list(tried)}`,
    `<p><b>Next steps</b></p>${list(pkg.nextSteps.map(esc))}`,
    `<p><b>Suggested greeting</b>: <i>${esc(pkg.suggestedGreeting)}</i></p>`,
    `<p><b>Context completeness</b>: ${Math.round(pkg.completeness.score * 100)}%${pkg.completeness.missing.length ? ` (missing: ${esc(pkg.completeness.missing.join(', '))})` : ''}</p>`,
    `<p><b>Transcript</b></p><table>${transcript}</table>`,
  ]
    .filter(Boolean)
    .join('\n');
}
