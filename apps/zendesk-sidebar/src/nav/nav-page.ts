import { createTranslator, type Translate } from '../i18n/translator';
import type { ZafClient } from '../zaf/zaf-client';
import { fetchAnalytics, type AnalyticsResult } from './analytics-api';
import { analyticsHtml } from './render-analytics';

const PERIODS = ['7d', '30d', '90d'] as const;
const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;

/**
 * The nav_bar location: handoff analytics for admins inside Zendesk, for a period and filtered by bot,
 * reason, channel and priority. Agents see a sentence saying the page is for admins; a service that
 * cannot be reached is said in words.
 */
export async function mountAnalyticsPage(root: HTMLElement, client: ZafClient): Promise<AnalyticsResult | undefined> {
  const got = await client.get(['currentUser.role', 'currentUser.locale']).catch(() => ({}) as Record<string, unknown>);
  const role = String(got['currentUser.role'] ?? '');
  const tr: Translate = createTranslator(String(got['currentUser.locale'] ?? 'en'));
  root.innerHTML = `<h1>${tr('analytics_title')}</h1><div role="status" id="state"></div><div id="body"></div>`;
  const state = root.querySelector<HTMLElement>('#state')!;
  const body = root.querySelector<HTMLElement>('#body')!;
  if (role !== 'admin') {
    state.textContent = tr('analytics_admins_only');
    return undefined;
  }
  const settings = (await client.metadata()).settings;
  const serviceUrl = String(settings['service_url'] ?? '').replace(/\/+$/, '');
  if (!serviceUrl) {
    state.textContent = tr('not_configured');
    return undefined;
  }
  const controls = document.createElement('form');
  const text = (id: string, label: string, size: number) =>
    `<label>${label} <input id="${id}" name="${id}" size="${size}" maxlength="100"></label>`;
  controls.innerHTML = [
    `<label>${tr('analytics_period')} <select id="since">${PERIODS.map((p) => `<option value="${p}">${p}</option>`).join('')}</select></label>`,
    text('bot', tr('analytics_bot'), 12),
    text('reason', tr('analytics_reason'), 14),
    text('channel', tr('analytics_channel'), 8),
    `<label>${tr('analytics_priority')} <select id="priority"><option value="">${tr('analytics_all')}</option>${PRIORITIES.map((p) => `<option value="${p}">${tr(`priority_${p}`)}</option>`).join('')}</select></label>`,
    `<button type="submit">${tr('analytics_apply')}</button>`,
  ].join(' ');
  root.insertBefore(controls, state);
  const load = async () => {
    state.textContent = tr('loading');
    const value = (id: string) =>
      (controls.querySelector(`#${id}`) as HTMLInputElement | HTMLSelectElement).value.trim();
    const filters = {
      bot: value('bot'),
      reason: value('reason'),
      channel: value('channel'),
      priority: value('priority'),
    };
    const result = await fetchAnalytics(client, serviceUrl, { since: value('since'), by: 'day', ...filters }, role);
    if (result.kind === 'ok') {
      state.textContent = '';
      body.innerHTML = analyticsHtml(result.data, tr);
    } else {
      body.innerHTML = '';
      state.textContent = result.kind === 'forbidden' ? tr('analytics_admins_only') : tr('unreachable');
    }
    void client.invoke('resize', { width: '100%', height: `${Math.max(400, root.scrollHeight + 40)}px` });
    return result;
  };
  controls.addEventListener('submit', (e) => {
    e.preventDefault();
    void load();
  });
  return load();
}
