import { describe, expect, it } from 'vitest';
import { queueRowPlace, queueRowStyle, slaBadgeText } from './queueRowLook';

const H = 3_600_000;

describe('queueRowLook', () => {
  it('words the badge as time left or over, paused, breached without a due time, or no SLA', () => {
    const due = new Date(10 * H).toISOString();
    expect(slaBadgeText({ dueAt: due }, 'ok', 8 * H)).toBe('2h 00m left');
    expect(slaBadgeText({ dueAt: due }, 'breached', 11 * H)).toBe('1h 00m over');
    expect(slaBadgeText({ dueAt: due }, 'paused', 0)).toBe('paused');
    expect(slaBadgeText({ dueAt: null }, 'breached', 0)).toBe('breached');
    expect(slaBadgeText({ dueAt: null }, 'ok', 0)).toBe('—');
    expect(slaBadgeText({ dueAt: due }, 'none', 0)).toBe('no SLA');
  });

  it('places the row by index and marks the selected one', () => {
    expect(queueRowStyle(88, false)).toMatchObject({ top: '88px', height: '44px' });
    expect(queueRowStyle(0, false).background).toBeUndefined();
    expect(queueRowStyle(0, true).background).toBe('#e0e7ff');
  });

  it('says where a ticket stands: app, category or "needs triage", and the status unless new', () => {
    const item = { app: { name: 'Payroll' }, category: 'app_defect', needsTriage: false };
    expect(queueRowPlace({ ...item, status: 'new' })).toBe('Payroll · app_defect');
    expect(queueRowPlace({ ...item, status: 'waiting_on_user' })).toBe(
      'Payroll · app_defect · waiting on user',
    );
    expect(queueRowPlace({ ...item, needsTriage: true, status: 'new' })).toBe(
      'Payroll · needs triage',
    );
  });
});
