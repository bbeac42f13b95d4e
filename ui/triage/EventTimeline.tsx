// The ticket's event log, oldest first: who did what, when, and why (all text nodes).
import type { TicketEvent } from '@tierdesk/core/model/event';
import { actorName, describeEvent } from './describeEvent';

export interface EventTimelineProps {
  events: TicketEvent[];
  /** Formats an instant for the agent's locale and zone (passed in for tests). */
  formatTime?: (iso: string) => string;
}

const defaultFormat = (iso: string) => new Date(iso).toLocaleString();

export function EventTimeline({ events, formatTime = defaultFormat }: EventTimelineProps) {
  const ordered = [...events].sort((a, b) => a.seq - b.seq);
  return (
    <ol class="td-timeline" style={{ margin: 0, paddingLeft: '16px', fontSize: '12px' }}>
      {ordered.map((e) => (
        <li
          key={e.seq}
          data-type={e.type}
          style={{
            marginBottom: '4px',
            background:
              e.type === 'commented' && e.visibility === 'internal' ? '#fefce8' : undefined,
          }}
        >
          <time dateTime={e.at} style={{ color: '#6b7280' }}>
            {formatTime(e.at)}
          </time>{' '}
          <strong>{actorName(e.actor)}</strong> {describeEvent(e)}
        </li>
      ))}
    </ol>
  );
}
