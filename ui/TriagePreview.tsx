// The live preview of what will happen to the ticket: category, tier, priority, and the promised
// response and resolution times in the user's own time zone. Announced politely as it changes.
import type { Priority, Tier } from '@tierdesk/core/model/enums';
import { formatDue } from './formatDue';
import type { Strings } from './strings';

export interface TriagePreviewView {
  categoryLabel: string;
  tier: Tier;
  priority: Priority;
  needsTriage: boolean;
  due: { firstResponse: string | null; resolution: string | null };
}

export interface TriagePreviewProps {
  state: 'idle' | 'loading' | 'ready' | 'unavailable';
  preview?: TriagePreviewView;
  strings: Strings;
  locale: string;
  timeZone?: string;
  now: number;
}

export function TriagePreview({
  state,
  preview,
  strings,
  locale,
  timeZone,
  now,
}: TriagePreviewProps) {
  if (state === 'idle') return null;
  const due = (iso: string | null) =>
    iso ? formatDue(iso, { locale, timeZone, now }) : strings.noDue;
  return (
    <section class="td-preview" aria-live="polite" aria-busy={state === 'loading'}>
      <h3>{strings.previewTitle}</h3>
      {state === 'loading' && !preview && <p class="td-hint">{strings.previewLoading}</p>}
      {state === 'unavailable' && <p class="td-hint">{strings.previewUnavailable}</p>}
      {preview && state !== 'unavailable' && (
        <dl class="td-facts">
          <dt>{strings.previewCategory}</dt>
          <dd>{preview.needsTriage ? strings.needsTriage : preview.categoryLabel}</dd>
          <dt>{strings.previewTeam}</dt>
          <dd>{strings.tier[preview.tier]}</dd>
          <dt>{strings.previewPriority}</dt>
          <dd>
            <span class={`td-priority td-priority-${preview.priority}`}>
              {strings.priority[preview.priority]}
            </span>
          </dd>
          <dt>{strings.previewResponse}</dt>
          <dd>{due(preview.due.firstResponse)}</dd>
          <dt>{strings.previewResolution}</dt>
          <dd>{due(preview.due.resolution)}</dd>
        </dl>
      )}
    </section>
  );
}
