import { describe, expect, it } from 'vitest';
import { classifyTicket } from './classifyTicket';
import { pageContext } from './testing/pageContext';
import { smallModel } from './testing/smallCorpus';

const at = '2026-11-02T09:00:00.000Z';
const failed = (status: number, url = '/api/payslips/42', error?: string) => ({
  method: 'GET',
  url,
  status,
  durationMs: 90,
  at,
  ...(error ? { error } : {}),
});

describe('classifyTicket with the shipped model and default taxonomy', () => {
  it('routes a raw password ticket to password reset with text and rule reasons', () => {
    const c = classifyTicket({
      summary: 'Forgot my password',
      description:
        'Hi,\nI forgot my password after the holidays and need a reset please.\n\nThanks,\nAda',
    });
    expect(c.category).toBe('password_reset');
    expect(c.tier).toBe('L1');
    expect(c.needsTriage).toBe(false);
    expect(c.reasons.some((r) => r.source === 'rule' && r.detail.includes('password'))).toBe(true);
    expect(c.modelVersion).toBe('it-tickets-2');
  });

  it('keeps a plain hardware ticket in hardware: unevidenced finer categories do not dilute it', () => {
    const c = classifyTicket({
      summary: 'Laptop very slow',
      description: 'My laptop takes ten minutes to boot and the fan is loud.',
    });
    expect(c.category).toBe('hardware');
    expect(c.needsTriage).toBe(false);
  });

  it('routes hardware and purchase tickets from the text model', () => {
    expect(
      classifyTicket({
        summary: 'Laptop battery dead',
        description: 'My laptop does not charge any more, the charger light is off.',
      }).category,
    ).toBe('hardware');
    const purchase = classifyTicket({
      summary: 'Order a new headset',
      description: 'Please purchase a headset for our new colleague, budget approved.',
    });
    expect(purchase.category).toBe('purchase');
    expect(purchase.reasons[0]!.source).toBe('text');
  });

  it('uses rules for categories the data set lacks', () => {
    expect(
      classifyTicket({
        summary: 'VPN disconnects',
        description: 'The VPN connection drops every few minutes when working from home.',
      }).category,
    ).toBe('network');
    expect(
      classifyTicket({
        summary: 'Suspicious e-mail',
        description: 'I received a phishing mail asking for my credentials, I clicked the link.',
      }).category,
    ).toBe('security');
  });

  it('uses the captured context: 403 → access, DNS failure → network, 5xx of the app → defect', () => {
    const base = { summary: 'Payslip page', description: 'The payslip page does not work for me.' };
    const forbidden = classifyTicket({
      ...base,
      context: pageContext({ failedRequests: [failed(403)] }),
    });
    expect(forbidden.category).toBe('access_permissions');
    expect(forbidden.reasons.some((r) => r.source === 'context' && r.detail.includes('403'))).toBe(
      true,
    );
    const dns = classifyTicket({
      ...base,
      context: pageContext({
        failedRequests: [failed(0, 'https://sso.example/', 'net::ERR_NAME_NOT_RESOLVED')],
      }),
    });
    expect(dns.category).toBe('network');
    const defect = classifyTicket({
      ...base,
      context: pageContext({ failedRequests: [failed(500), failed(500)] }),
    });
    expect(defect.category).toBe('app_defect');
    expect(defect.tier).toBe('L2');
  });

  it('raises the tier for a department- or organisation-wide loss', () => {
    const ticket = {
      summary: 'Printer offline',
      description: 'The printer on floor 2 shows offline and nothing prints.',
    };
    expect(classifyTicket(ticket).tier).toBe('L1');
    const wide = classifyTicket({ ...ticket, impact: 'department' });
    expect(wide.tier).toBe('L2');
    expect(wide.reasons.some((r) => r.source === 'impact')).toBe(true);
    expect(classifyTicket({ ...ticket, impact: 'organization' }).tier).toBe('L3');
  });

  it('answers "needs triage" at L1 below the threshold instead of guessing', () => {
    // Content-free text: the model is near its prior and nothing else speaks. (Vague text with
    // words the data ties to a label, e.g. "call me about yesterday", is not: docs/classify.md.)
    const vague = classifyTicket({ summary: 'Hi', description: 'Can you help?' });
    expect(vague.category).toBe('needs_triage');
    expect(vague.tier).toBe('L1');
    expect(vague.needsTriage).toBe(true);
    expect(vague.confidence).toBeLessThan(0.45);
    const strict = classifyTicket(
      { summary: 'Laptop broken', description: 'screen cracked' },
      { confidenceThreshold: 1.01 }, // a threshold no answer reaches
    );
    expect(strict.needsTriage).toBe(true);
  });
});

describe('classifyTicket with the organisation’s own model and taxonomy', () => {
  it('takes the model, taxonomy and keywords passed in', () => {
    const { model } = smallModel();
    const taxonomy = [
      { id: 'hardware', label: 'Hardware', tier: 'L1' as const, runbook: [] },
      { id: 'access_permissions', label: 'Access', tier: 'L2' as const, runbook: [] },
      { id: 'purchase', label: 'Purchase', tier: 'L1' as const, runbook: [] },
      {
        id: 'sap',
        label: 'SAP',
        tier: 'L3' as const,
        runbook: [],
        keywords: ['fiori', 'launchpad'],
      },
    ];
    const c = classifyTicket(
      { summary: 'Fiori tiles empty', description: 'fiori launchpad blank' },
      { model, taxonomy },
    );
    expect(c.category).toBe('sap');
    expect(c.tier).toBe('L3');
    expect(c.modelVersion).toBe('small-test');
  });

  it('sends everything to triage when the taxonomy has no other category', () => {
    const taxonomy = [
      { id: 'needs_triage', label: 'Needs triage', tier: 'L1' as const, runbook: [] },
    ];
    expect(
      classifyTicket({ summary: 'Laptop broken', description: '' }, { taxonomy }),
    ).toMatchObject({
      category: 'needs_triage',
      tier: 'L1',
      needsTriage: true,
    });
  });
});
