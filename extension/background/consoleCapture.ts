// The optional "console errors on every page" capture: registered at runtime only while the user
// has granted host access to all sites, so the default install asks for no `<all_urls>`.
export const consoleScriptId = 'tierdesk-console';
export const allSites = { origins: ['<all_urls>'] };

export interface ConsoleCaptureWorld {
  hasAllSites: () => Promise<boolean>;
  registered: () => Promise<string[]>;
  register: (id: string) => Promise<void>;
  unregister: (id: string) => Promise<void>;
}

/** Brings the registration in line with the setting and the granted permission. */
export async function syncConsoleCapture(
  w: ConsoleCaptureWorld,
  wanted: boolean,
): Promise<boolean> {
  const on = wanted && (await w.hasAllSites());
  const isRegistered = (await w.registered()).includes(consoleScriptId);
  if (on && !isRegistered) await w.register(consoleScriptId);
  if (!on && isRegistered) await w.unregister(consoleScriptId);
  return on;
}
