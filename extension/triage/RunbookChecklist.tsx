// The category's L1 checklist in the ticket view; each tick is recorded (`runbook_step`).
// A tick shows at once (optimistic) while the hub records it; if the hub refuses, the box
// falls back to what the hub has, so the checklist never claims a step the ticket lacks.
import { useState } from 'preact/hooks';

export interface RunbookChecklistProps {
  steps: string[];
  done: string[];
  busy: boolean;
  onToggle: (step: string, done: boolean) => Promise<unknown>;
}

export function RunbookChecklist({ steps, done, busy, onToggle }: RunbookChecklistProps) {
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  if (steps.length === 0) return null;
  const toggle = async (step: string, checked: boolean) => {
    setPending((m) => new Map(m).set(step, checked));
    try {
      await onToggle(step, checked);
    } finally {
      setPending((m) => {
        const next = new Map(m);
        next.delete(step);
        return next;
      });
    }
  };
  return (
    <fieldset
      class="td-runbook"
      style={{ fontSize: '12px', border: '1px solid #e5e7eb', margin: '6px 0' }}
    >
      <legend>Runbook</legend>
      {steps.map((step) => (
        <label style={{ display: 'block' }}>
          <input
            type="checkbox"
            checked={pending.get(step) ?? done.includes(step)}
            disabled={busy || pending.has(step)}
            onChange={(e) => void toggle(step, (e.target as HTMLInputElement).checked)}
          />{' '}
          {step}
        </label>
      ))}
    </fieldset>
  );
}
