// The answer to an accepted intake (docs/api.md IntakeReceipt); stored without the reporter
// token, which is derived again on a retry.
import type { Classification, Priority, Status, Tier } from '@tierdesk/core';

export interface SlaDue {
  firstResponse: string | null;
  resolution: string | null;
}

export interface IntakeReceipt {
  id: string;
  number: string;
  status: Status;
  category: string;
  tier: Tier;
  priority: Priority;
  classification: Classification;
  due: SlaDue;
  reporterToken: string;
  incident: { id: string; major: boolean; size: number } | null;
}

export type StoredReceipt = Omit<IntakeReceipt, 'reporterToken'>;
