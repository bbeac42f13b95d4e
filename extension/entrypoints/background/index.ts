// Background (service worker in Chrome, event page in Firefox): wiring only. The outbox, queue
// refresh, badge, notifications and the message router live in extension/background/.
import { browser } from 'wxt/browser';
import { OutboxDb } from '@tierdesk/client/outbox/outboxDb';
import { createAgentHubClient, streamQueue } from '@tierdesk/client/agent';
import { ExtensionDb } from '../../db/extensionDb';
import { loadSettings } from '../../settings/settingsStore';
import { captureTab } from '../../background/captureTab';
import { consoleScriptId, allSites, syncConsoleCapture } from '../../background/consoleCapture';
import { handleMessage } from '../../background/handleMessage';
import { liveQueueKeeper, runLiveQueue } from '../../background/liveQueue';
import { refreshQueue } from '../../background/refreshQueue';
import { reportOutbox, outboxAlarm } from '../../background/reportOutbox';
import { reporterHubClient } from '../../background/reporterHubClient';
import { pageRedactor } from '../../capture/pageRedactor';
import type { SlaAlertNotice } from '../../background/slaAlerts';

const queueAlarm = 'tierdesk-queue';

export default defineBackground(() => {
  const db = new ExtensionDb();
  const outboxDb = new OutboxDb('tierdesk-extension-outbox');
  const settings = () => loadSettings(browser.storage.local);
  const fetchFn = globalThis.fetch.bind(globalThis);

  const reports = reportOutbox({
    db: outboxDb,
    client: async () => {
      const s = await settings();
      return s.ok ? reporterHubClient(s.settings, fetchFn) : null;
    },
    now: () => Date.now(),
    random: () => Math.random(),
    scheduleAlarm: async (at) =>
      browser.alarms.create(outboxAlarm, { when: Math.max(at, Date.now() + 1000) }),
    onDelivered: (number, summary) =>
      void browser.notifications.create(`delivered:${number}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: `Reported as ${number}`,
        message: summary,
      }),
  });

  const setBadge = async (text: string, colour: string) => {
    await browser.action.setBadgeBackgroundColor({ color: colour });
    await browser.action.setBadgeText({ text });
  };
  const notify = async (n: SlaAlertNotice) => {
    await browser.notifications.create(`sla:${n.ticketId}:${n.key}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: n.title,
      message: n.message,
      priority: 2,
    });
  };

  // The hub's queue stream while this worker is awake (one per signed-in agent); the alarm's
  // refresh starts it again after the browser put the worker to sleep.
  const live = liveQueueKeeper(async (_key, signal) => {
    const s = await settings();
    if (!s.ok || !s.settings.token || !s.settings.me) return;
    await runLiveQueue({
      hubUrl: s.settings.hubUrl,
      token: s.settings.token,
      me: s.settings.me,
      db,
      storage: browser.storage.local,
      now: () => Date.now(),
      stream: streamQueue,
      setBadge,
      notify,
      // Events were missed that the hub cannot replay: read the whole queue again.
      onResync: () => void refresh(),
      signal,
    });
  });

  async function refresh() {
    const s = await settings();
    if (!s.ok) return { ok: false as const, error: s.reason };
    if (s.settings.mode !== 'agent' || !s.settings.token || !s.settings.me)
      return { ok: false as const, error: 'reporter mode has no queue' };
    const r = await refreshQueue({
      hub: createAgentHubClient({
        hubUrl: s.settings.hubUrl,
        token: s.settings.token,
        fetch: fetchFn,
      }),
      db,
      storage: browser.storage.local,
      me: s.settings.me,
      now: () => Date.now(),
      setBadge,
      notify,
    });
    live.ensure(`${s.settings.hubUrl} ${s.settings.token} ${s.settings.me.id}`);
    if (r.ok) return r;
    // Shown on the queue's status line: the hub's own words, or plainly that it is unreachable.
    const error =
      r.error.code === 'network'
        ? `can't reach the hub at ${s.settings.hubUrl}`
        : `${r.error.code}: ${r.error.message}`;
    return { ok: false as const, error };
  }

  async function settingsChanged() {
    const s = await settings();
    const agent = s.ok && s.settings.mode === 'agent';
    if (agent) await browser.alarms.create(queueAlarm, { periodInMinutes: 1, delayInMinutes: 0.1 });
    else {
      live.stop();
      await browser.alarms.clear(queueAlarm);
      await browser.action.setBadgeText({ text: '' });
    }
    await syncConsoleCapture(
      {
        hasAllSites: () => browser.permissions.contains(allSites),
        registered: async () =>
          (await browser.scripting.getRegisteredContentScripts()).map((c) => c.id),
        register: (id) =>
          browser.scripting.registerContentScripts([
            {
              id,
              js: ['content-scripts/tierdesk-console-ring.js'],
              matches: ['<all_urls>'],
              runAt: 'document_start',
              world: 'MAIN',
              persistAcrossSessions: true,
            },
          ]),
        unregister: (id) => browser.scripting.unregisterContentScripts({ ids: [id] }),
      },
      s.ok && s.settings.consoleCapture,
    ).catch(() => false);
    if (agent) void refresh();
    void reports.kick();
  }

  browser.runtime.onMessage.addListener((message, sender) =>
    handleMessage(message, sender, {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      refresh,
      capture: (screenshot, tabId) =>
        captureTab(
          {
            activeTab: async () =>
              tabId !== undefined
                ? browser.tabs.get(tabId)
                : (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0],
            executeInTab: async (tabId, func) =>
              (await browser.scripting.executeScript({ target: { tabId }, world: 'MAIN', func }))[0]
                ?.result,
            captureVisible: (windowId) =>
              browser.tabs.captureVisibleTab(windowId, { format: 'png' }),
            redact: pageRedactor,
            now: () => Date.now(),
          },
          screenshot,
        ),
      settingsChanged,
      reports,
    }),
  );

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === queueAlarm) void refresh();
    if (alarm.name === outboxAlarm) void reports.kick();
  });
  browser.notifications.onClicked.addListener((id) => {
    const ticketId = id.startsWith('sla:') ? id.split(':')[1] : '';
    void browser.tabs.create({
      url: `${browser.runtime.getURL('/popup.html')}#ticket=${ticketId ?? ''}`,
    });
  });
  browser.runtime.onStartup.addListener(() => void settingsChanged());
  browser.runtime.onInstalled.addListener(() => void settingsChanged());
  // The script id is referenced so bundlers keep the console content script's name in sync.
  void consoleScriptId;
});
