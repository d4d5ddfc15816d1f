import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initZafClient } from './zaf/zaf-client';
import { createTranslator } from './i18n/translator';

const container = document.getElementById('root');
const client = initZafClient(window);

if (container && !client) {
  container.textContent = createTranslator(navigator.language)('outside_zendesk');
} else if (container && client) {
  client.on('app.registered', () => {
    void client
      .get('currentUser.locale')
      .then((r) => String(r['currentUser.locale'] ?? 'en'))
      .catch(() => 'en')
      .then((locale) => {
        createRoot(container).render(<App client={client} locale={locale} />);
      });
  });
}
