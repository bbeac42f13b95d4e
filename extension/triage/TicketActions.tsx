// The agent's actions on one ticket: one-click acknowledge and assign-to-me, and small forms for
// reclassify, priority, request info, escalate (notes required, runbook prefilled), resolve
// (with a known issue, or a new one) and comment. Errors from the hub are shown as they come.
import { useState } from 'preact/hooks';
import type { AgentAction, HubResult, KnownIssueMatch } from '@tierdesk/client/agent';
import type { Ticket } from '@tierdesk/core/model/ticketState';
import { ActionFormView, row } from './ActionFormView';

export type ActionForm =
  'reclassify' | 'priority' | 'request_info' | 'escalate' | 'resolve' | 'comment' | null;

export interface NewKnownIssue {
  title: string;
  symptoms: string;
  workaround: string;
}

export interface TicketActionsProps {
  ticket: Ticket;
  meId: string;
  knownIssues: KnownIssueMatch[];
  form: ActionForm;
  onForm: (f: ActionForm) => void;
  run: (action: AgentAction) => Promise<HubResult<unknown>>;
  createKnownIssue: (
    input: NewKnownIssue & { apps: string[]; category: string },
  ) => Promise<HubResult<{ id: string }>>;
}

const labels = {
  reclassify: 'Reclassify',
  priority: 'Priority',
  request_info: 'Request info',
  escalate: 'Escalate',
  resolve: 'Resolve',
  comment: 'Comment',
} as const;

export function TicketActions(p: TicketActionsProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const t = p.ticket;

  const go = async (action: AgentAction) => {
    setBusy(true);
    setError('');
    const r = await p.run(action);
    setBusy(false);
    if (!r.ok) setError(r.error.message);
    else p.onForm(null);
    return r.ok;
  };

  return (
    <div class="td-actions">
      <div style={row}>
        <button
          type="button"
          disabled={busy}
          onClick={() => void go({ type: 'acknowledge' })}
          title="a"
        >
          Acknowledge
        </button>
        <button
          type="button"
          disabled={busy || t.assignee === p.meId}
          onClick={() => void go({ type: 'assign', assignee: p.meId })}
          title="i"
        >
          Assign to me
        </button>
        {(
          ['reclassify', 'priority', 'request_info', 'escalate', 'resolve', 'comment'] as const
        ).map((f) => (
          <button
            type="button"
            aria-pressed={p.form === f}
            disabled={busy}
            onClick={() => p.onForm(p.form === f ? null : f)}
          >
            {labels[f]}
          </button>
        ))}
      </div>
      {error ? (
        <p role="alert" class="td-error" style={{ color: '#b91c1c', fontSize: '12px' }}>
          {error}
        </p>
      ) : null}
      {p.form ? (
        <ActionFormView key={p.form} {...p} busy={busy} go={go} setError={setError} />
      ) : null}
    </div>
  );
}
