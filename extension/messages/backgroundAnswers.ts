// What the background answers to each message type (the popup's side of the contract).
import type { PageContext } from '@tierdesk/core/model/context';

export type Failure = { ok: false; error: string };

export interface CapturedTab {
  ok: true;
  context: PageContext;
  screenshot: string | null;
  /** Why a part is missing, e.g. the page is a browser page that cannot be scripted. */
  notes: string[];
}

export interface OutboxStatus {
  ok: true;
  pending: { id: string; summary: string; attempts: number; lastError?: string; state: string }[];
  receipts: { id: string; number: string; summary: string; createdAt: number }[];
}

export interface BackgroundAnswers {
  'refresh-queue': { ok: true; count: number; urgent: number } | Failure;
  'settings-changed': { ok: true } | Failure;
  'capture-tab': CapturedTab | Failure;
  'submit-report': { ok: true; queued: true } | Failure;
  'outbox-status': OutboxStatus | Failure;
}
