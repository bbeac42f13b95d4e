import { describe, expect, it } from 'vitest';
import { readConfig } from './readConfig';

function script(
  attrs: Record<string, string>,
  src = 'https://hub.example/widget/tierdesk-widget.js',
) {
  const el = document.createElement('script');
  el.src = src;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(`data-${k}`, v);
  return el;
}

describe('readConfig', () => {
  it('reads every attribute', () => {
    const result = readConfig(
      script({
        hub: 'https://hub.example/',
        app: 'payroll',
        key: 'pk_payroll_123',
        position: 'top-left',
        theme: 'dark',
        locale: 'de-DE',
        nonce: 'abc123',
        mask: '.salary, #iban',
      }),
      'en-US',
    );
    expect(result).toEqual({
      ok: true,
      warnings: [],
      config: {
        hub: 'https://hub.example',
        app: 'payroll',
        key: 'pk_payroll_123',
        position: 'top-left',
        theme: 'dark',
        locale: 'de-DE',
        nonce: 'abc123',
        maskSelectors: ['.salary', '#iban'],
        scriptSrc: 'https://hub.example/widget/tierdesk-widget.js',
      },
    });
  });

  it('falls back on bad optional attributes, naming each', () => {
    const result = readConfig(
      script({ app: 'payroll', key: 'pk_payroll_123', position: 'middle', theme: 'neon' }),
      'fr-FR',
    );
    expect(result.ok && result.config).toMatchObject({
      hub: 'https://hub.example',
      position: 'bottom-right',
      theme: 'auto',
      locale: 'fr-FR',
    });
    expect(result.warnings).toEqual([
      'Tierdesk: bad data-position, expected bottom-right|bottom-left|top-right|top-left|none',
      'Tierdesk: bad data-theme, expected auto|light|dark',
    ]);
  });

  it('refuses to start without a valid app and key, and says which', () => {
    const result = readConfig(script({ app: '../etc', key: 'sk_live_secret' }), 'en');
    expect(result.ok).toBe(false);
    expect(result.warnings.join('\n')).toContain('data-app');
    expect(result.warnings.join('\n')).toContain('data-key');
    expect(readConfig(null, 'en').ok).toBe(false);
  });

  it('rejects a hub that is not http(s)', () => {
    const result = readConfig(
      script({ hub: 'javascript:alert(1)', app: 'payroll', key: 'pk_payroll_123' }),
      'en',
    );
    expect(result.warnings[0]).toContain('data-hub');
    expect(result.ok && result.config.hub).toBe('https://hub.example'); // the script's own origin
  });
});
