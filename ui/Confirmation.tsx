// After submit: the ticket number and the promised times, or an honest "saved, will be sent"
// when the hub could not be reached, or the hub's reason when it refused the report.
import type { Priority, Tier } from '@tierdesk/core/model/enums';
import { formatDue } from './formatDue';
import type { Strings } from './strings';

export interface ConfirmationProps {
  outcome:
    | {
        kind: 'accepted';
        number: string;
        priority: Priority;
        tier: Tier;
        due: { firstResponse: string | null; resolution: string | null };
      }
    | { kind: 'queued' }
    | { kind: 'refused'; message: string };
  strings: Strings;
  locale: string;
  timeZone?: string;
  now: number;
  onNewReport: () => void;
}

export function Confirmation({
  outcome,
  strings,
  locale,
  timeZone,
  now,
  onNewReport,
}: ConfirmationProps) {
  const due = (iso: string | null) =>
    iso ? formatDue(iso, { locale, timeZone, now }) : strings.noDue;
  return (
    <section class="td-confirm" role="status">
      {outcome.kind === 'accepted' && (
        <>
          <h3>{strings.confirmTitle}</h3>
          <p>
            {strings.confirmNumber}: <strong class="td-number">{outcome.number}</strong>
          </p>
          <dl class="td-facts">
            <dt>{strings.previewPriority}</dt>
            <dd>{strings.priority[outcome.priority]}</dd>
            <dt>{strings.previewTeam}</dt>
            <dd>{strings.tier[outcome.tier]}</dd>
            <dt>{strings.previewResponse}</dt>
            <dd>{due(outcome.due.firstResponse)}</dd>
            <dt>{strings.previewResolution}</dt>
            <dd>{due(outcome.due.resolution)}</dd>
          </dl>
        </>
      )}
      {outcome.kind === 'queued' && (
        <>
          <h3>{strings.queuedTitle}</h3>
          <p class="td-hint">{strings.queuedHint}</p>
        </>
      )}
      {outcome.kind === 'refused' && (
        <p class="td-error">
          {strings.refused} {outcome.message}
        </p>
      )}
      <button type="button" class="td-secondary" onClick={onNewReport}>
        {strings.newReport}
      </button>
    </section>
  );
}
