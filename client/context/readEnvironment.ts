// The browser facts an agent would otherwise ask for: user agent, language, screen, viewport,
// time zone. Read when the context is snapshotted, from the window passed in.
import type { Environment, PageContext } from '@tierdesk/core/model/context';

export type EnvironmentFacts = Pick<
  PageContext,
  'environment' | 'viewport' | 'locale' | 'timeZone'
>;

export function readEnvironment(win: Window): EnvironmentFacts {
  const nav = win.navigator;
  const memory = (nav as { deviceMemory?: number }).deviceMemory;
  const environment: Environment = {
    userAgent: nav.userAgent.slice(0, 512),
    platform:
      (
        (nav as { userAgentData?: { platform?: string } }).userAgentData?.platform ?? nav.platform
      )?.slice(0, 64) || undefined,
    language: nav.language?.slice(0, 35) || undefined,
    online: nav.onLine,
    cookiesEnabled: nav.cookieEnabled,
    screen: win.screen ? { width: win.screen.width | 0, height: win.screen.height | 0 } : undefined,
    memoryMb: typeof memory === 'number' ? memory * 1024 : undefined,
  };
  let timeZone = 'UTC';
  try {
    timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    // Very old engines: UTC is an honest fallback.
  }
  const locale = nav.language && nav.language.length >= 2 ? nav.language.slice(0, 35) : 'en';
  return {
    environment,
    viewport: {
      width: Math.max(0, win.innerWidth | 0),
      height: Math.max(0, win.innerHeight | 0),
      devicePixelRatio: win.devicePixelRatio > 0 ? win.devicePixelRatio : 1,
    },
    locale,
    timeZone,
  };
}
