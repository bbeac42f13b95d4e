// What the popup needs before its first paint, in one `storage.local` read: the settings and, for
// an agent, the first screen of the cached queue, each given only a cheap shape check (no zod on
// the first path). verifyPopupStart parses the same values with zod right after the paint.
import { firstScreenKey, type FirstScreen } from '../db/firstScreen';
import { peekSettings, settingsKey, type PeekedSettings } from '../settings/peekSettings';
import { takePopupRead, type PopupStartArea } from './earlyPopupRead';
import { paintableStart } from './paintFirstScreen';

export interface PopupStart {
  /** The stored values as read, for verifyPopupStart. */
  raw: { settings: unknown; firstScreen: unknown };
  /** What the first paint shows of the settings; null: nothing usable stored. */
  peeked: PeekedSettings | null;
  /** The signed-in agent's first screen, shape-checked; null in reporter mode or with none. */
  head: FirstScreen | null;
}

/** The stored start, from the read entrypoints/popup-start began in `global` (or a new one). */
export async function readPopupStart(
  area: () => PopupStartArea,
  global: object = {},
): Promise<PopupStart> {
  const got = await takePopupRead(area, global);
  const raw = { settings: got[settingsKey], firstScreen: got[firstScreenKey] };
  // The screen popup-start.js would paint (paintableStart): one rule for both.
  return { raw, peeked: peekSettings(raw.settings), head: paintableStart(got)?.screen ?? null };
}
