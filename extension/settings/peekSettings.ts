// A cheap look at the stored settings, enough for the popup's first paint (agent or reporter, who
// is signed in) without zod. settingsSchema's parse runs right after that paint and decides:
// nothing but painting text uses what this returns (no request, no storage, no token).

export const settingsKey = 'tierdesk.settings';

/** What the first paint shows of the settings. */
export interface PeekedSettings {
  mode: 'agent' | 'reporter';
  me: { id: string; name: string; role: string } | null;
  /** Agent mode with a token and an identity: there is a triage queue to show. */
  signedIn: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The stored value's shape where the first paint reads it, or null (none, or not that shape). */
export function peekSettings(raw: unknown): PeekedSettings | null {
  if (!isObject(raw) || (raw['mode'] !== 'agent' && raw['mode'] !== 'reporter')) return null;
  const m = raw['me'];
  const me =
    isObject(m) &&
    typeof m['id'] === 'string' &&
    typeof m['name'] === 'string' &&
    typeof m['role'] === 'string'
      ? { id: m['id'], name: m['name'], role: m['role'] }
      : null;
  const signedIn = raw['mode'] === 'agent' && typeof raw['token'] === 'string' && me !== null;
  return { mode: raw['mode'], me, signedIn };
}
