// What the popup needs before its first paint, in one `storage.local` read: the settings (parsed)
// and, for an agent, the first screen of the cached queue. IndexedDB is opened only after paint.
import { firstScreenKey, parseFirstScreen, type FirstScreen } from '../db/firstScreen';
import {
  parseSettings,
  settingsKey,
  type LoadedSettings,
  type LocalStorageArea,
} from '../settings/settingsStore';

export interface PopupStart {
  loaded: LoadedSettings;
  /** The cached first screen for the signed-in agent; null in reporter mode or with no cache. */
  head: FirstScreen | null;
}

export async function readPopupStart(area: Pick<LocalStorageArea, 'get'>): Promise<PopupStart> {
  const raw = await area.get([settingsKey, firstScreenKey]);
  const loaded = parseSettings(raw[settingsKey]);
  const me = loaded.ok && loaded.settings.mode === 'agent' ? loaded.settings.me : undefined;
  return { loaded, head: me ? parseFirstScreen(raw[firstScreenKey], me.id) : null };
}
