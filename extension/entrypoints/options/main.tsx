// Setup page entry: wires the setup form to storage, permissions, the hub and the background.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SetupPage } from '../../setup/SetupPage';
import { testConnection } from '../../setup/testConnection';
import { loadSettings, saveSettings } from '../../settings/settingsStore';
import { sendToBackground } from '../../messages/sendToBackground';
import { followMirror } from '../../popup/firstScreenMirror';

// Signing in or out here updates the popup's mirror of its first screen (or removes it).
followMirror(browser.storage.local, browser.storage.onChanged, window);

render(
  <SetupPage
    world={{
      load: async () => {
        const s = await loadSettings(browser.storage.local);
        return s.ok ? s.settings : null;
      },
      save: (s) => saveSettings(browser.storage.local, s),
      // Ask only for what is not granted yet: no prompt when nothing changes.
      requestOrigins: async (origins) =>
        (await browser.permissions.contains({ origins })) ||
        browser.permissions.request({ origins }),
      test: (s) =>
        testConnection(
          {
            hubUrl: s.hubUrl,
            mode: s.mode,
            token: s.token,
            intakeKey: s.intakeKey,
            app: s.reportApp,
          },
          fetch.bind(globalThis),
        ),
      notifyBackground: async () => void (await sendToBackground({ type: 'settings-changed' })),
    }}
  />,
  document.getElementById('app')!,
);
