// Every route of docs/api.md with a valid request and the credentials the contract lets call
// it. The authorization matrix sends each request with every credential of credentials.ts.
import { ulid } from 'ulidx';
import { pngImage } from '../../hub/attachments/testImages';
import { draft } from '../../hub/testing/testHub';
import { agents, credentialNames, type CredentialName, type CredentialWorld } from './credentials';

export interface RouteWorld extends CredentialWorld {
  ticketId: string;
  attachmentId: string;
  knownIssueId: string;
}

export interface RouteRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
}

export interface RouteCase {
  /** As docs/api.md names it. */
  route: string;
  allowed: readonly CredentialName[];
  request: (w: RouteWorld) => RouteRequest;
  /** Server-Sent Events: a 200 is checked by its headers, then the stream is dropped. */
  stream?: boolean;
  /** Refusals other than 401/403 that this route may give (and why). */
  alsoRefusedWith?: number[];
}

const everyone = credentialNames;
// A reporter's client carries its app's key: whatever the key may do, so may it.
const key: CredentialName[] = ['key', 'reporter-with-key'];
const reporter: CredentialName[] = ['reporter', 'reporter-with-key'];
const editors: CredentialName[] = ['L2', 'L3', 'lead', 'admin'];
const json = (value: unknown) => ({
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(value),
});
const knownIssueInput = (title: string) => ({
  title,
  symptoms: 'payslip page error',
  workaround: 'Open the payslip from the archive tab.',
  apps: ['payroll'],
});

export const routeCatalog: RouteCase[] = [
  {
    route: 'GET /healthz',
    allowed: everyone,
    request: () => ({ method: 'GET', path: '/healthz' }),
  },
  {
    route: 'GET /openapi.json',
    allowed: everyone,
    request: () => ({ method: 'GET', path: '/openapi.json' }),
  },
  {
    route: 'GET /widget/*',
    allowed: everyone,
    request: () => ({ method: 'GET', path: '/widget/tierdesk-widget.js' }),
  },
  {
    route: 'POST /v1/tickets',
    allowed: [...agents, ...key],
    request: () => ({
      method: 'POST',
      path: '/v1/tickets',
      ...json(draft({ id: ulid(), createdAt: new Date().toISOString() })),
    }),
  },
  {
    route: 'POST /v1/tickets/:id/attachments',
    // The reporter token alone is refused: uploads also need the app's key and Origin.
    allowed: [...agents, 'reporter-with-key'],
    request: (w) => ({
      method: 'POST',
      path: `/v1/tickets/${w.ticketId}/attachments?kind=screenshot&name=shot.png`,
      headers: { 'Content-Type': 'image/png' },
      body: new Uint8Array(pngImage(2, 2)),
    }),
  },
  {
    route: 'GET /v1/attachments/:id',
    allowed: [...agents, ...reporter],
    request: (w) => ({ method: 'GET', path: `/v1/attachments/${w.attachmentId}` }),
  },
  {
    route: 'POST /v1/triage/preview',
    allowed: [...agents, ...key],
    request: () => ({
      method: 'POST',
      path: '/v1/triage/preview',
      ...json({
        app: 'payroll',
        summary: 'Payslip error',
        description: 'The payslip page fails',
        impact: 'individual',
        urgency: 'degraded',
      }),
    }),
  },
  {
    route: 'GET /v1/known-issues/match',
    allowed: [...agents, ...key, 'key-no-origin'],
    request: () => ({
      method: 'GET',
      path: '/v1/known-issues/match?app=payroll&q=payslip%20error',
    }),
  },
  {
    route: 'POST /v1/known-issues/:id/deflections',
    allowed: key,
    request: (w) => ({
      method: 'POST',
      path: `/v1/known-issues/${w.knownIssueId}/deflections`,
      ...json({ summary: 'payslip error' }),
    }),
    // Another app's key is told the known issue does not exist (it is scoped to payroll).
    alsoRefusedWith: [404],
  },
  {
    route: 'GET /v1/known-issues',
    allowed: agents,
    request: () => ({ method: 'GET', path: '/v1/known-issues' }),
  },
  {
    route: 'POST /v1/known-issues',
    allowed: editors,
    request: () => ({
      method: 'POST',
      path: '/v1/known-issues',
      ...json({ ...knownIssueInput('Created by the matrix'), id: `ki-m-${ulid().toLowerCase()}` }),
    }),
  },
  {
    route: 'PUT /v1/known-issues/:id',
    allowed: editors,
    request: (w) => ({
      method: 'PUT',
      path: `/v1/known-issues/${w.knownIssueId}`,
      ...json(knownIssueInput('Payslip page error')),
    }),
  },
  {
    route: 'GET /v1/queue',
    allowed: agents,
    request: () => ({ method: 'GET', path: '/v1/queue?limit=5' }),
  },
  {
    route: 'GET /v1/tickets/:id',
    allowed: agents,
    request: (w) => ({ method: 'GET', path: `/v1/tickets/${w.ticketId}` }),
  },
  {
    route: 'POST /v1/tickets/:id/actions (agent comment)',
    allowed: agents,
    request: (w) => ({
      method: 'POST',
      path: `/v1/tickets/${w.ticketId}/actions`,
      ...json({ type: 'comment', body: 'checked by the matrix', visibility: 'internal' }),
    }),
  },
  {
    route: 'POST /v1/tickets/:id/actions (user_replied)',
    // The matrix ticket sits at L2 (a payslip defect): an L1 agent does not reach it.
    allowed: ['L2', 'L3', 'lead', 'admin', ...reporter],
    request: (w) => ({
      method: 'POST',
      path: `/v1/tickets/${w.ticketId}/actions`,
      ...json({ type: 'user_replied', body: 'It still fails' }),
    }),
  },
  {
    route: 'GET /v1/stream',
    allowed: agents,
    stream: true,
    request: () => ({ method: 'GET', path: '/v1/stream' }),
  },
  {
    route: 'GET /v1/tickets/:id/stream',
    allowed: [...agents, ...reporter],
    stream: true,
    request: (w) => ({ method: 'GET', path: `/v1/tickets/${w.ticketId}/stream` }),
  },
  {
    route: 'POST /v1/reporter/tickets',
    allowed: everyone,
    request: (w) => ({
      method: 'POST',
      path: '/v1/reporter/tickets',
      ...json({ tokens: [w.reporterToken] }),
    }),
  },
  { route: 'GET /v1/me', allowed: agents, request: () => ({ method: 'GET', path: '/v1/me' }) },
  {
    route: 'GET /v1/config/public',
    allowed: [...key, 'key-no-origin'],
    request: () => ({ method: 'GET', path: '/v1/config/public?app=payroll' }),
  },
  {
    route: 'GET /v1/stats',
    allowed: ['lead', 'admin'],
    request: () => ({ method: 'GET', path: '/v1/stats' }),
  },
];
