// The smaller presentational pieces: review, known issues, preview, confirmation, my tickets.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Confirmation } from './Confirmation';
import { KnownIssueList } from './KnownIssueList';
import { MyTickets } from './MyTickets';
import { ReviewList } from './ReviewList';
import { TriagePreview } from './TriagePreview';
import { stringsFor } from './strings';

afterEach(cleanup);

const en = stringsFor('en');
const now = Date.parse('2026-03-02T09:00:00Z');
const due = { firstResponse: '2026-03-02T10:00:00Z', resolution: null };

describe('ReviewList', () => {
  it('reports unticked items and keeps required ones', () => {
    const toggles: [string, boolean][] = [];
    render(
      <ReviewList
        strings={en}
        onToggle={(id, on) => toggles.push([id, on])}
        items={[
          { id: 'report', label: 'Your description', included: true, required: true },
          { id: 'screenshot', label: 'Screenshot', included: true },
        ]}
      />,
    );
    fireEvent.click(screen.getByLabelText('Screenshot'));
    expect(toggles).toEqual([['screenshot', false]]);
    expect((screen.getByLabelText('Your description') as HTMLInputElement).disabled).toBe(true);
  });
});

describe('KnownIssueList', () => {
  it('renders workarounds as text and reports "this solved it"', () => {
    const solved: string[] = [];
    render(
      <KnownIssueList
        strings={en}
        onSolved={(id) => solved.push(id)}
        items={[{ id: 'vpn', title: 'VPN drops', workaround: '<img src=x onerror=alert(1)>' }]}
      />,
    );
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    fireEvent.click(screen.getByText('This solved it'));
    expect(solved).toEqual(['vpn']);
  });
});

describe('TriagePreview', () => {
  it('shows tier, priority and due times in the user’s zone', () => {
    render(
      <TriagePreview
        state="ready"
        strings={en}
        locale="en-GB"
        timeZone="Europe/Berlin"
        now={now}
        preview={{ categoryLabel: 'Network', tier: 'L2', priority: 'P2', needsTriage: false, due }}
      />,
    );
    expect(screen.getByText('Support engineers (L2)')).toBeTruthy();
    expect(screen.getByText('P2 · high')).toBeTruthy();
    expect(screen.getByText('Mon 11:00')).toBeTruthy();
    expect(screen.getByText('no deadline')).toBeTruthy();
  });
});

describe('Confirmation and MyTickets', () => {
  it('shows the ticket number, or says it is queued', () => {
    const { rerender } = render(
      <Confirmation
        strings={en}
        locale="en-GB"
        timeZone="UTC"
        now={now}
        onNewReport={() => {}}
        outcome={{ kind: 'accepted', number: 'TD-1042', priority: 'P3', tier: 'L1', due }}
      />,
    );
    expect(screen.getByText('TD-1042')).toBeTruthy();
    rerender(
      <Confirmation
        strings={en}
        locale="en"
        now={now}
        onNewReport={() => {}}
        outcome={{ kind: 'queued' }}
      />,
    );
    expect(screen.getByText(en.queuedTitle)).toBeTruthy();
  });

  it('lists my tickets with their status', () => {
    render(
      <MyTickets
        strings={stringsFor('de')}
        locale="de"
        now={now}
        items={[
          {
            id: '1',
            number: 'TD-1',
            summary: 'Drucker',
            status: 'resolved',
            due,
            resolution: 'Toner getauscht',
          },
        ]}
      />,
    );
    expect(screen.getByText('Gelöst')).toBeTruthy();
    expect(screen.getByText('Toner getauscht')).toBeTruthy();
  });
});
