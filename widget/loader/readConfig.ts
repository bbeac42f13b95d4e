// Reads the script tag's data-* attributes into the widget's configuration. A bad optional
// attribute falls back to its default; a bad required one stops the widget. Either way the
// problem is a console warning naming the attribute, never an exception in the host page.
// (Plain patterns, not zod: see parseFields.ts for the byte count behind that choice.)

export const positions = ['bottom-right', 'bottom-left', 'top-right', 'top-left', 'none'] as const;
export const themes = ['auto', 'light', 'dark'] as const;

const rules = {
  hub: /^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/,
  // core's slugSchema and the intake-key pattern of appConfigSchema.
  app: /^[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}$/,
  key: /^pk_[A-Za-z0-9_-]{8,128}$/,
  position: new RegExp(`^(${positions.join('|')})$`),
  theme: new RegExp(`^(${themes.join('|')})$`),
  locale: /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/,
  nonce: /^[A-Za-z0-9+/=_-]{1,256}$/,
  mask: /^[^]{1,2000}$/,
};

// Short on purpose: every byte here is paid by every page load.
const expected: Record<keyof typeof rules, string> = {
  hub: 'an http(s) URL',
  app: 'an app id',
  key: 'pk_…',
  position: positions.join('|'),
  theme: themes.join('|'),
  locale: 'a language tag',
  nonce: 'a CSP nonce',
  mask: 'CSS selectors',
};

export interface WidgetConfig {
  hub: string;
  app: string;
  key: string;
  position: (typeof positions)[number];
  theme: (typeof themes)[number];
  locale: string;
  nonce?: string;
  /** Extra selectors to blank in screenshots (data-mask), added to the hub's. */
  maskSelectors: string[];
  /** Where the loader came from: the later stages load from beside it. */
  scriptSrc: string;
}

export type ConfigResult =
  { ok: true; config: WidgetConfig; warnings: string[] } | { ok: false; warnings: string[] };

/**
 * @param script the loader's own `<script>` element
 * @param fallbackLocale the browser's language, used when `data-locale` is absent
 */
export function readConfig(script: HTMLScriptElement | null, fallbackLocale: string): ConfigResult {
  const warnings: string[] = [];
  const scriptSrc = script?.src ?? '';
  const read = <K extends keyof typeof rules>(name: K, fallback?: string): string | undefined => {
    const raw = script?.getAttribute(`data-${name}`) ?? undefined;
    if (raw === undefined || raw.trim() === '') return fallback;
    const value = raw.trim();
    if (rules[name].test(value)) return value;
    warnings.push(`Tierdesk: bad data-${name}, expected ${expected[name]}`);
    return fallback;
  };

  // The hub usually serves the widget itself, so its origin is a sound default for data-hub.
  let hubFallback: string | undefined;
  try {
    hubFallback = scriptSrc ? new URL(scriptSrc).origin : undefined;
  } catch {
    hubFallback = undefined;
  }
  const hub = read('hub', hubFallback);
  const app = read('app');
  const key = read('key');
  for (const [name, value] of [
    ['app', app],
    ['key', key],
    ['hub', hub],
  ] as const) {
    if (value === undefined && !warnings.some((w) => w.includes(`data-${name},`))) {
      warnings.push(`Tierdesk: missing data-${name}, expected ${expected[name]}`);
    }
  }
  const position = read('position', 'bottom-right') as WidgetConfig['position'];
  const theme = read('theme', 'auto') as WidgetConfig['theme'];
  const locale = read('locale') ?? (rules.locale.test(fallbackLocale) ? fallbackLocale : 'en');
  const nonce = read('nonce') ?? (script?.nonce || undefined);
  const mask = read('mask');
  if (!hub || !app || !key) return { ok: false, warnings };
  return {
    ok: true,
    warnings,
    config: {
      hub: hub.replace(/\/+$/, ''),
      app,
      key,
      position,
      theme,
      locale,
      nonce,
      maskSelectors: mask
        ? mask
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
      scriptSrc,
    },
  };
}
