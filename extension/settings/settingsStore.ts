// Reads and writes the settings in `storage.local`, parsed with zod so a broken or older value
// comes back as "not set up" with the reason, never as a half-typed object.
import { parseWith } from '@tierdesk/core/model/parse';
import { settingsKey as key } from './peekSettings';
import { settingsSchema, type Settings } from './settingsSchema';

/** The subset of `browser.storage.local` used here (WXT's fake browser in tests). */
export interface LocalStorageArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

export type LoadedSettings = { ok: true; settings: Settings } | { ok: false; reason: string };

export async function loadSettings(area: LocalStorageArea): Promise<LoadedSettings> {
  return parseSettings((await area.get(key))[key]);
}

/** The stored value (or `undefined`: never saved) as settings or the reason it is not usable. */
export function parseSettings(raw: unknown): LoadedSettings {
  if (raw === undefined) return { ok: false, reason: 'not set up yet' };
  const parsed = parseWith(settingsSchema, raw);
  return parsed.ok ? { ok: true, settings: parsed.value } : { ok: false, reason: parsed.message };
}

export async function saveSettings(area: LocalStorageArea, settings: Settings): Promise<void> {
  const parsed = parseWith(settingsSchema, settings);
  if (!parsed.ok) throw new Error(parsed.message);
  await area.set({ [key]: parsed.value });
}

export async function clearSettings(area: LocalStorageArea): Promise<void> {
  await area.remove(key);
}

export { settingsKey } from './peekSettings';
