// "My tickets": what this browser reported, with status and the next promised time.
import type { Status } from '@tierdesk/core/model/enums';
import { formatDue } from './formatDue';
import type { Strings } from './strings';

export interface MyTicketItem {
  id: string;
  number: string;
  summary: string;
  status: Status;
  due: { firstResponse: string | null; resolution: string | null };
  resolution: string | null;
}

export interface MyTicketsProps {
  items: MyTicketItem[] | null;
  strings: Strings;
  locale: string;
  timeZone?: string;
  now: number;
}

export function MyTickets({ items, strings, locale, timeZone, now }: MyTicketsProps) {
  return (
    <section class="td-mine" aria-busy={items === null}>
      <h3>{strings.myTickets}</h3>
      {items !== null && items.length === 0 && <p class="td-hint">{strings.myTicketsEmpty}</p>}
      {items && items.length > 0 && (
        <ul>
          {items.map((t) => {
            const open = t.status !== 'resolved' && t.status !== 'closed';
            const next = t.due.resolution ?? t.due.firstResponse;
            return (
              <li key={t.id}>
                <strong class="td-number">{t.number}</strong> {t.summary}
                <span class={`td-status td-status-${t.status}`}>{strings.status[t.status]}</span>
                {open && next && (
                  <span class="td-hint">
                    {' '}
                    {strings.previewResolution} {formatDue(next, { locale, timeZone, now })}
                  </span>
                )}
                {t.resolution && <p class="td-detail">{t.resolution}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
