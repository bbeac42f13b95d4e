// The shared reporter-side hub client (client/api) set up for this browser: with the intake key in
// reporter mode, or with the agent's token (which the hub accepts for intake) in agent mode.
import { createHubClient, type HubClient } from '@tierdesk/client/api/hubClient';
import type { Settings } from '../settings/settingsSchema';

export function reporterHubClient(settings: Settings, baseFetch: typeof fetch): HubClient {
  if (settings.mode === 'reporter' || !settings.token) {
    return createHubClient({
      hub: settings.hubUrl,
      key: settings.intakeKey ?? '',
      fetch: baseFetch,
    });
  }
  const token = settings.token;
  const withToken = ((input: RequestInfo | URL, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.delete('X-Tierdesk-Key');
    headers.set('Authorization', `Bearer ${token}`);
    return baseFetch(input, { ...init, headers });
  }) as typeof fetch;
  return createHubClient({ hub: settings.hubUrl, key: '', fetch: withToken });
}
