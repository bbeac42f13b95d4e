// The category's L1 checklist in the ticket view; each tick is recorded (`runbook_step`).
export interface RunbookChecklistProps {
  steps: string[];
  done: string[];
  busy: boolean;
  onToggle: (step: string, done: boolean) => void;
}

export function RunbookChecklist({ steps, done, busy, onToggle }: RunbookChecklistProps) {
  if (steps.length === 0) return null;
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
            checked={done.includes(step)}
            disabled={busy}
            onChange={(e) => onToggle(step, (e.target as HTMLInputElement).checked)}
          />{' '}
          {step}
        </label>
      ))}
    </fieldset>
  );
}
