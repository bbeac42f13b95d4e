import { describe, expect, it } from 'vitest';
import type { KnownIssue } from '../../model/knownIssue';
import { matchKnownIssues } from './matchKnownIssues';

const at = '2026-10-01T08:00:00.000Z';
const issue = (
  id: string,
  title: string,
  symptoms: string,
  extra: Partial<KnownIssue> = {},
): KnownIssue => ({
  id,
  title,
  symptoms,
  workaround: `Workaround for ${id}`,
  apps: [],
  status: 'open',
  deflections: 0,
  createdAt: at,
  updatedAt: at,
  ...extra,
});

// A knowledge base the way service desks write it.
const kedb: KnownIssue[] = [
  issue(
    'vpn-cert',
    'VPN certificate expired',
    'GlobalProtect says "certificate has expired" when connecting from home; the VPN will not connect.',
  ),
  issue(
    'payslip-503',
    'Payslip PDF fails with 503',
    'Opening or downloading a payslip PDF shows "Service unavailable" (HTTP 503) since the October release.',
    { apps: ['payroll'] },
  ),
  issue(
    'outlook-password',
    'Outlook keeps prompting for password',
    'Outlook asks for the password again and again after the password change; the mailbox does not sync.',
  ),
  issue(
    'printer-floor2',
    'Floor 2 printer offline',
    'The printer on floor 2 shows offline; print jobs stay in the queue.',
    { status: 'fixed' },
  ),
  issue(
    'teams-camera',
    'Teams camera not detected',
    'Microsoft Teams does not find the webcam on docked laptops; the camera works in other apps.',
  ),
];

describe('matchKnownIssues', () => {
  it('finds the known issue from a user’s own wording, with the matched terms', () => {
    const [top] = matchKnownIssues(
      {
        summary: "Can't connect to VPN",
        description:
          'Since this morning the VPN client tells me my certificate expired. Working from home.',
      },
      kedb,
    );
    expect(top).toMatchObject({ id: 'vpn-cert', workaround: 'Workaround for vpn-cert' });
    expect(top!.matchedTerms).toEqual(expect.arrayContaining(['vpn', 'certificat', 'expir']));
    expect(top!.score).toBeGreaterThan(0.5);
  });

  it('matches inflections ("prompts" → "prompting", "changed" → "change")', () => {
    const matches = matchKnownIssues(
      {
        summary: 'Outlook prompts for my password all the time',
        description: 'After I changed my password the mailbox keeps asking.',
      },
      kedb,
    );
    expect(matches[0]!.id).toBe('outlook-password');
  });

  it('offers only open issues, of this app or of every app', () => {
    const printer = { summary: 'Printer offline on floor 2', description: 'jobs stuck in queue' };
    expect(matchKnownIssues(printer, kedb).map((m) => m.id)).not.toContain('printer-floor2');
    const payslip = {
      summary: 'Payslip download error 503',
      description: 'service unavailable when I open the PDF',
    };
    expect(matchKnownIssues({ ...payslip, appId: 'payroll' }, kedb)[0]!.id).toBe('payslip-503');
    expect(matchKnownIssues({ ...payslip, appId: 'crm' }, kedb).map((m) => m.id)).not.toContain(
      'payslip-503',
    );
  });

  it('returns nothing for an unrelated draft, and respects limit and minScore', () => {
    expect(
      matchKnownIssues(
        { summary: 'Request a new desk chair', description: 'mine is broken' },
        kedb,
      ),
    ).toEqual([]);
    expect(matchKnownIssues({ summary: '', description: '' }, kedb)).toEqual([]);
    const draft = {
      summary: 'camera not working in Teams and VPN certificate expired',
      description: '',
    };
    expect(matchKnownIssues(draft, kedb)).toHaveLength(2);
    expect(matchKnownIssues(draft, kedb, { limit: 1 })).toHaveLength(1);
    expect(matchKnownIssues(draft, kedb, { minScore: 1.01 })).toEqual([]);
  });
});
