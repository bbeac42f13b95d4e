import { describe, expect, it } from 'vitest';
import { parseWith } from './parse';
import { knownIssueSchema } from './knownIssue';

describe('knownIssueSchema', () => {
  const issue = {
    id: 'vpn-dns',
    title: 'VPN connects but internal sites do not load',
    symptoms: 'VPN connected, intranet does not resolve, DNS error',
    workaround: 'Disconnect and reconnect the VPN, then run ipconfig /flushdns',
    apps: [],
    status: 'open',
    deflections: 0,
    createdAt: '2026-11-01T00:00:00Z',
    updatedAt: '2026-11-01T00:00:00Z',
  };
  it('accepts a known issue', () => expect(parseWith(knownIssueSchema, issue).ok).toBe(true));
  it('requires a workaround', () => {
    const r = parseWith(knownIssueSchema, { ...issue, workaround: '' });
    expect(!r.ok && r.issues[0]?.path).toBe('workaround');
  });
});
