// The popup's stored start parsed with zod, right after the first paint: the settings the
// services are built from, and the first screen as the schema reads it. This is what is trusted;
// readPopupStart's shape checks only let the queue paint before zod has loaded.
import { parseFirstScreen, type FirstScreen } from '../db/parseFirstScreen';
import { parseSettings, type LoadedSettings } from '../settings/settingsStore';
import type { PopupStart } from './readPopupStart';

export interface VerifiedStart {
  loaded: LoadedSettings;
  /** The signed-in agent's first screen; null in reporter mode, with none, or when rejected. */
  head: FirstScreen | null;
}

export function verifyPopupStart(raw: PopupStart['raw']): VerifiedStart {
  const loaded = parseSettings(raw.settings);
  const s = loaded.ok ? loaded.settings : null;
  const agentId = s?.mode === 'agent' && s.token && s.me ? s.me.id : null;
  return { loaded, head: agentId ? parseFirstScreen(raw.firstScreen, agentId) : null };
}
