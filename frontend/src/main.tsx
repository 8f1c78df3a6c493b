import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from '@/lib/i18n';
import { api, data } from '@/lib/api/client';
import { loadTimeZoneRules } from '@/lib/time/morocco';
import './styles.css';
import { App } from '@/app/App';

/** The longest the first render waits for Morocco's offsets; the table built into the bundle serves meanwhile. */
const TIME_ZONE_WAIT_MS = 1000;

// The first render waits for the texts of the reader's language (a chunk of their own) and, in parallel,
// for the server's time-zone data (times never depend on the browser's own).
const timeZoneReady = loadTimeZoneRules(async () => data(await api.GET('/api/time-zone')), TIME_ZONE_WAIT_MS);
void Promise.all([i18nReady, timeZoneReady]).then(() => createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
));
