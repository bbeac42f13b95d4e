import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TicketForm, type TicketFormValue } from './TicketForm';
import { stringsFor } from './strings';

afterEach(cleanup);

const value: TicketFormValue = {
  summary: '',
  description: '',
  impact: 'individual',
  urgency: 'degraded',
};

describe('TicketForm', () => {
  it('labels every field and turns plain words into impact and urgency', () => {
    const patches: Partial<TicketFormValue>[] = [];
    render(
      <TicketForm value={value} onInput={(p) => patches.push(p)} strings={stringsFor('en')} />,
    );
    expect((screen.getByLabelText('Just me') as HTMLInputElement).checked).toBe(true);
    fireEvent.input(screen.getByLabelText('What went wrong?'), { target: { value: 'VPN drops' } });
    fireEvent.click(screen.getByLabelText('My whole department'));
    fireEvent.click(screen.getByLabelText('I can’t work at all'));
    expect(patches).toEqual([
      { summary: 'VPN drops' },
      { impact: 'department' },
      { urgency: 'blocked' },
    ]);
  });

  it('shows a field error tied to its input', () => {
    render(
      <TicketForm
        value={value}
        onInput={() => {}}
        strings={stringsFor('de')}
        errors={{ summary: 'Mindestens 3 Zeichen' }}
      />,
    );
    const input = screen.getByLabelText('Was ist schiefgegangen?');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain('td-summary-error');
    expect(screen.getByText('Mindestens 3 Zeichen').id).toBe('td-summary-error');
  });
});
