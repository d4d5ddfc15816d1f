import { createTranslator, type Translate } from '../i18n/translator';
import type { ZafClient } from '../zaf/zaf-client';
import { fetchAnalytics, type AnalyticsResult } from './analytics-api';
import { analyticsHtml } from './render-analytics';

const PERIODS = ['7d', '30d', '90d'] as const;

/**
 * The nav_bar location: handoff analytics for admins inside Zendesk. Agents see a sentence saying the
 * page is for admins; a service that cannot be reached is said in words.
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
  controls.innerHTML = `<label>${tr('analytics_period')} <select id="since">${PERIODS.map((p) => `<option value="${p}">${p}</option>`).join('')}</select></label> <button type="submit">${tr('analytics_apply')}</button>`;
  root.insertBefore(controls, state);
  const load = async () => {
    state.textContent = tr('loading');
    const since = (controls.querySelector('#since') as HTMLSelectElement).value;
    const result = await fetchAnalytics(client, serviceUrl, { since, by: 'day' }, role);
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
