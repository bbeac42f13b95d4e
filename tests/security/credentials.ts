// Every credential a caller can present to the hub, good and bad: no credential, each agent
// role, broken/unknown/deactivated agent tokens, intake keys from allowed and foreign origins,
// reporter tokens of this ticket and of another one, and tokens sent in the wrong header.
import type { Role } from '@tierdesk/core';
import { appOrigin, intakeKey } from '../../hub/testing/testHub';

export const roles = ['L1', 'L2', 'L3', 'lead', 'admin'] as const satisfies readonly Role[];

export const credentialNames = [
  'none',
  ...roles,
  'agent-malformed',
  'agent-unknown',
  'agent-deactivated',
  'bearer-reporter-token',
  'key',
  'key-foreign-origin',
  'key-no-origin',
  'key-unknown',
  'key-other-app',
  'reporter',
  'reporter-with-key',
  'reporter-other-ticket',
  'reporter-malformed',
  'reporter-in-key-header',
] as const;
export type CredentialName = (typeof credentialNames)[number];

/** What the credentials point at: the hub's agents and the ticket the matrix works on. */
export interface CredentialWorld {
  tokens: Record<Role, string>;
  deactivatedToken: string;
  /** The reporter token of the ticket under test, and of a different ticket. */
  reporterToken: string;
  otherReporterToken: string;
}

export const otherAppKey = 'pk_test_wiki_00001';
export const otherAppOrigin = 'https://wiki.example';

/** The headers a caller with credential `name` sends. */
export function credentialHeaders(
  name: CredentialName,
  w: CredentialWorld,
): Record<string, string> {
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const key = (k: string, origin?: string) => ({
    'X-Tierdesk-Key': k,
    ...(origin ? { Origin: origin } : {}),
  });
  switch (name) {
    case 'none':
      return {};
    case 'L1':
    case 'L2':
    case 'L3':
    case 'lead':
    case 'admin':
      return bearer(w.tokens[name]);
    case 'agent-malformed':
      return bearer('td_short');
    case 'agent-unknown':
      return bearer(`td_${'A'.repeat(43)}`);
    case 'agent-deactivated':
      return bearer(w.deactivatedToken);
    case 'bearer-reporter-token':
      return bearer(w.reporterToken);
    case 'key':
      return key(intakeKey, appOrigin);
    case 'key-foreign-origin':
      return key(intakeKey, 'https://evil.example');
    case 'key-no-origin':
      return key(intakeKey);
    case 'key-unknown':
      return key('pk_test_unknown_0001', appOrigin);
    case 'key-other-app':
      return key(otherAppKey, otherAppOrigin);
    case 'reporter':
      return { 'X-Tierdesk-Reporter': w.reporterToken };
    case 'reporter-with-key':
      // What the widget and the extension send to upload: the reporter token and the app's key.
      return { 'X-Tierdesk-Reporter': w.reporterToken, ...key(intakeKey, appOrigin) };
    case 'reporter-other-ticket':
      return { 'X-Tierdesk-Reporter': w.otherReporterToken };
    case 'reporter-malformed':
      return { 'X-Tierdesk-Reporter': 'rt_bad' };
    case 'reporter-in-key-header':
      return key(w.reporterToken, appOrigin);
  }
}

export const agents: readonly CredentialName[] = roles;
