// What the demo seeds: agents for each tier, known issues, and tickets in different states.
import type { Impact, Role, Urgency } from '@tierdesk/core';

export const demoAgents: Array<{ id: string; name: string; role: Role }> = [
  { id: 'lena', name: 'Lena Fischer', role: 'L1' },
  { id: 'omar', name: 'Omar Haddad', role: 'L2' },
  { id: 'mei', name: 'Mei Tanaka', role: 'L3' },
  { id: 'lead', name: 'Rosa Alvarez', role: 'lead' },
];

export const demoKnownIssues = [
  {
    id: 'vpn-dns-after-sleep',
    title: 'Internal sites do not load on VPN after the laptop wakes up',
    symptoms:
      'VPN connected but intranet, payroll and expenses do not load; DNS name not resolved after sleep or hibernate',
    workaround:
      'Disconnect the VPN, wait ten seconds and connect again. If pages still do not load, restart the laptop.',
    apps: [],
    category: 'network',
  },
  {
    id: 'expenses-receipt-upload-heic',
    title: 'Receipt upload fails for iPhone photos (HEIC)',
    symptoms:
      'Uploading a receipt photo from an iPhone fails with "unsupported file"; HEIC image upload error in expenses',
    workaround:
      'On the iPhone choose Settings → Camera → Formats → Most Compatible, or export the photo as JPEG before uploading.',
    apps: ['expenses'],
    category: 'app_defect',
  },
  {
    id: 'outlook-password-prompt',
    title: 'Outlook keeps asking for the password after a password change',
    symptoms:
      'Outlook asks for my password again and again, email password prompt loops after I changed my password',
    workaround:
      'Close Outlook, open Credential Manager, remove the entries starting with "MicrosoftOffice", then start Outlook and sign in once.',
    apps: [],
    category: 'email',
  },
];

export interface DemoTicket {
  app: 'payroll' | 'expenses';
  summary: string;
  description: string;
  impact: Impact;
  urgency: Urgency;
  reporter: { id: string; name: string; email: string };
  /** What agents did after intake, in order; each by the demo agent of the ticket's tier then. */
  then?: Array<Record<string, unknown>>;
  failedRequest?: { url: string; status: number };
}

export const demoTickets: DemoTicket[] = [
  {
    app: 'payroll',
    summary: 'Locked out of payroll after password change',
    description: 'I changed my password this morning and now payroll says my account is locked.',
    impact: 'individual',
    urgency: 'blocked',
    reporter: { id: 'u-2001', name: 'Jonas Weber', email: 'jonas.weber@example.com' },
  },
  {
    app: 'expenses',
    summary: 'Cannot upload receipt photo',
    description: 'The receipt photo from my phone is rejected with unsupported file.',
    impact: 'individual',
    urgency: 'degraded',
    reporter: { id: 'u-2002', name: 'Priya Nair', email: 'priya.nair@example.com' },
    failedRequest: { url: '/api/receipts', status: 415 },
    then: [{ type: 'acknowledge', message: 'Thanks Priya, looking at it now.' }],
  },
  {
    app: 'payroll',
    summary: 'Bank details form says access denied',
    description:
      'Saving my new bank account gives an error, access denied. I need this before the 25th.',
    impact: 'individual',
    urgency: 'degraded',
    reporter: { id: 'u-2003', name: 'Tom Becker', email: 'tom.becker@example.com' },
    failedRequest: { url: '/api/bank-details', status: 403 },
    then: [
      { type: 'acknowledge' },
      { type: 'request_info', question: 'Which browser do you use, and did this work last month?' },
    ],
  },
  {
    app: 'expenses',
    summary: 'Expense report totals are wrong for the finance team',
    description:
      'Since Monday the monthly totals in the expenses report double count mileage for the whole finance department.',
    impact: 'department',
    urgency: 'degraded',
    reporter: { id: 'u-2004', name: 'Grace Okafor', email: 'grace.okafor@example.com' },
    then: [{ type: 'acknowledge' }],
  },
  {
    app: 'payroll',
    summary: 'Outlook keeps asking for my email password',
    description:
      'Since the password change Outlook asks for my email password every few minutes; webmail works.',
    impact: 'individual',
    urgency: 'degraded',
    reporter: { id: 'u-2006', name: 'Sven Larsen', email: 'sven.larsen@example.com' },
    then: [
      { type: 'acknowledge' },
      {
        type: 'escalate',
        to: 'L2',
        notes:
          'Account not locked; password reset done; removed the stored Office credentials; Outlook still loops on the password prompt.',
      },
    ],
  },
  {
    app: 'payroll',
    summary: 'Printer on floor 3 prints payslips blank',
    description: 'Payslips printed from payroll come out blank on the floor 3 printer.',
    impact: 'team',
    urgency: 'minor',
    reporter: { id: 'u-2005', name: 'Lars Nilsson', email: 'lars.nilsson@example.com' },
    then: [
      { type: 'acknowledge' },
      {
        type: 'resolve',
        resolution: 'Replaced the toner cartridge; test page prints correctly.',
      },
    ],
  },
];
