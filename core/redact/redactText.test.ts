import { describe, expect, it } from 'vitest';
import { redactText } from './redactText';

describe('redactText', () => {
  it('redacts URLs inside prose without eating the punctuation after them', () => {
    expect(redactText('Open https://a.example/?token=abc123def456, then retry.')).toBe(
      'Open https://a.example/?token=[REDACTED:token], then retry.',
    );
  });

  it('redacts relative URLs and form bodies in log lines', () => {
    expect(redactText('GET /api/me?api_key=k123 401')).toBe(
      'GET /api/me?api_key=[REDACTED:api_key] 401',
    );
    expect(redactText('body grant_type=authorization_code&code=abc&x=1')).toBe(
      'body grant_type=authorization_code&code=[REDACTED:oauth_code]&x=1',
    );
  });

  it('leaves ordinary text alone', () => {
    const text = 'TD-1042: password reset for ada@example.com at 2026-11-02T09:00:00Z (v3.2.1)';
    expect(redactText(text)).toBe(text);
  });
});
