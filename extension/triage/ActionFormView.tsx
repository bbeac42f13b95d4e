// The open form of a ticket action (reclassify, priority, request info, escalate, resolve,
// comment): mounted afresh per form, with its draft and choice there on the first frame.
import { useState } from 'preact/hooks';
import type { AgentAction } from '@tierdesk/client/agent';
import type { Ticket } from '@tierdesk/core/model/ticketState';
import { priorities, type Tier } from '@tierdesk/core/model/enums';
import { defaultTaxonomy } from '@tierdesk/core/config/defaultTaxonomy';
import { escalationNotesDraft, higherTiers } from './escalationNotes';
import type { NewKnownIssue, TicketActionsProps } from './TicketActions';

export const row = { display: 'flex', gap: '4px', flexWrap: 'wrap', margin: '4px 0' } as const;
const area = { width: '100%', boxSizing: 'border-box', fontSize: '12px' } as const;

function initialChoice(p: TicketActionsProps): string {
  const t = p.ticket;
  switch (p.form) {
    case 'escalate':
      return higherTiers(t.tier)[0] ?? '';
    case 'reclassify':
      return t.category;
    case 'priority':
      return t.priority;
    case 'comment':
      return 'internal';
    case 'resolve':
      return p.knownIssues[0]?.id ?? '';
    default:
      return '';
  }
}

export function ActionFormView(
  p: TicketActionsProps & {
    busy: boolean;
    go: (a: AgentAction) => Promise<boolean>;
    setError: (s: string) => void;
  },
) {
  const t = p.ticket;
  // Mounted afresh per form (keyed), so the draft is there on the first frame: no empty
  // notes box that fills a moment later.
  const [textA, setTextA] = useState(() =>
    p.form === 'escalate' ? escalationNotesDraft(t.runbookDone) : '',
  );
  const [choice, setChoice] = useState(() => initialChoice(p));
  const [ki, setKi] = useState<NewKnownIssue>({ title: '', symptoms: '', workaround: '' });

  const submit = async (e: Event) => {
    e.preventDefault();
    switch (p.form) {
      case 'reclassify':
        return p.go({ type: 'reclassify', category: choice, reason: textA });
      case 'priority':
        return p.go({
          type: 'change_priority',
          priority: choice as Ticket['priority'],
          reason: textA,
        });
      case 'request_info':
        return p.go({ type: 'request_info', question: textA });
      case 'escalate':
        return p.go({
          type: 'escalate',
          to: choice as Tier,
          notes: textA,
          runbookSteps: t.runbookDone,
        });
      case 'comment':
        return p.go({
          type: 'comment',
          body: textA,
          visibility: choice === 'public' ? 'public' : 'internal',
        });
      case 'resolve': {
        let knownIssueId = choice && choice !== 'new' ? choice : undefined;
        if (choice === 'new') {
          const created = await p.createKnownIssue({
            ...ki,
            apps: [t.app.id],
            category: t.category,
          });
          if (!created.ok) return p.setError(`known issue: ${created.error.message}`);
          knownIssueId = created.value.id;
        }
        return p.go({
          type: 'resolve',
          resolution: textA,
          ...(knownIssueId ? { knownIssueId } : {}),
        });
      }
    }
  };

  const text = (label: string, value: string, set: (s: string) => void, rows = 3) => (
    <label style={{ display: 'block', fontSize: '12px' }}>
      {label}
      <textarea
        rows={rows}
        style={area}
        value={value}
        onInput={(e) => set((e.target as HTMLTextAreaElement).value)}
      />
    </label>
  );

  return (
    <form
      class={`td-form td-form-${p.form}`}
      onSubmit={(e) => void submit(e)}
      style={{ border: '1px solid #e5e7eb', padding: '6px' }}
    >
      {p.form === 'reclassify' ? (
        <>
          <select
            aria-label="Category"
            value={choice}
            onChange={(e) => setChoice((e.target as HTMLSelectElement).value)}
          >
            {defaultTaxonomy.map((c) => (
              <option value={c.id}>
                {c.label} ({c.tier})
              </option>
            ))}
          </select>
          {text('Reason (required)', textA, setTextA, 2)}
        </>
      ) : null}
      {p.form === 'priority' ? (
        <>
          <select
            aria-label="Priority"
            value={choice}
            onChange={(e) => setChoice((e.target as HTMLSelectElement).value)}
          >
            {priorities.map((x) => (
              <option value={x}>{x}</option>
            ))}
          </select>
          {text('Reason (required)', textA, setTextA, 2)}
        </>
      ) : null}
      {p.form === 'request_info' ? text('Question to the reporter', textA, setTextA) : null}
      {p.form === 'escalate' ? (
        <>
          <select
            aria-label="Escalate to"
            value={choice}
            onChange={(e) => setChoice((e.target as HTMLSelectElement).value)}
          >
            {higherTiers(t.tier).map((x) => (
              <option value={x}>{x}</option>
            ))}
          </select>
          {text('What was already tried (required)', textA, setTextA, 5)}
        </>
      ) : null}
      {p.form === 'comment' ? (
        <>
          {text('Comment', textA, setTextA)}
          <label style={{ fontSize: '12px' }}>
            <input
              type="checkbox"
              checked={choice === 'public'}
              onChange={(e) =>
                setChoice((e.target as HTMLInputElement).checked ? 'public' : 'internal')
              }
            />{' '}
            visible to the reporter
          </label>
        </>
      ) : null}
      {p.form === 'resolve' ? (
        <>
          {text('Resolution', textA, setTextA)}
          <select
            aria-label="Known issue"
            value={choice}
            onChange={(e) => setChoice((e.target as HTMLSelectElement).value)}
          >
            <option value="">No known issue</option>
            {p.knownIssues.map((k) => (
              <option value={k.id}>{k.title}</option>
            ))}
            <option value="new">New known issue…</option>
          </select>
          {choice === 'new' ? (
            <div class="td-new-ki">
              <input
                aria-label="Known issue title"
                placeholder="Title"
                style={area}
                value={ki.title}
                onInput={(e) => setKi({ ...ki, title: (e.target as HTMLInputElement).value })}
              />
              {text('Symptoms', ki.symptoms, (s) => setKi({ ...ki, symptoms: s }), 2)}
              {text('Workaround', ki.workaround, (s) => setKi({ ...ki, workaround: s }), 2)}
            </div>
          ) : null}
        </>
      ) : null}
      <div style={row}>
        <button
          type="submit"
          disabled={p.busy || (p.form === 'escalate' && higherTiers(t.tier).length === 0)}
        >
          {p.form === 'escalate' ? 'Escalate' : p.form === 'resolve' ? 'Resolve' : 'Send'}
        </button>
        <button type="button" onClick={() => p.onForm(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
