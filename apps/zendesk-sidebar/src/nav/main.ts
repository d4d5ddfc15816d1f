import { createTranslator } from '../i18n/translator';
import { initZafClient } from '../zaf/zaf-client';
import { mountAnalyticsPage } from './nav-page';

const root = document.getElementById('root');
const client = initZafClient(window);
if (root && !client) root.textContent = createTranslator(navigator.language)('outside_zendesk');
else if (root && client) client.on('app.registered', () => void mountAnalyticsPage(root, client));
