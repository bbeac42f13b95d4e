import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageContext } from '@tierdesk/core';
import { draft, startTestHub, testConfig, type TestHub } from '../testing/testHub';

let hub: TestHub;
beforeAll(async () => {
  const config = testConfig();
  hub = await startTestHub({
    config: { ...config, hub: { ...config.hub, majorIncidentReporters: 3 } },
  });
});
afterAll(() => hub.dispose());

const at = '2026-11-02T09:00:00.000Z';
const failing: PageContext = {
  url: 'https://payroll.example/payslips/2026-10',
  title: 'Payslips',
  environment: { userAgent: 'Mozilla/5.0' },
  viewport: { width: 1280, height: 800, devicePixelRatio: 1 },
  locale: 'en-GB',
  timeZone: 'Europe/London',
  consoleErrors: [],
  failedRequests: [
    {
      method: 'GET',
      url: 'https://payroll.example/api/payslips/2026-10',
      status: 503,
      durationMs: 120,
      at,
    },
  ],
  jsErrors: [],
  capturedAt: at,
};

describe('incident grouping at intake', () => {
  it('groups reports with the same failure, links the first when the second arrives, and makes it major at the threshold', async () => {
    const submit = async (reporter: string) => {
      const res = await hub.request('/v1/tickets', {
        method: 'POST',
        as: 'key',
        json: draft({
          summary: 'Payslips do not load',
          context: failing,
          reporter: { id: reporter, name: reporter },
        }),
      });
      expect(res.status).toBe(201);
      return res.json();
    };
    const first = await submit('u-1');
    expect(first.incident).toBeNull();
    const second = await submit('u-2');
    expect(second.incident).toMatchObject({ size: 2, major: false });
    expect((await hub.store.getTicket(first.id))!.ticket.incidentId).toBe(second.incident.id);
    const third = await submit('u-3');
    expect(third.incident).toMatchObject({ id: second.incident.id, size: 3, major: true });
    for (const t of [first, second, third]) {
      expect((await hub.store.getTicket(t.id))!.ticket.majorIncident).toBe(true);
    }
    const view = await (await hub.request(`/v1/tickets/${first.id}`, { as: 'L3' })).json();
    expect(view.incident).toEqual({
      id: second.incident.id,
      major: true,
      ticketIds: expect.arrayContaining([first.id, second.id, third.id]),
      reporters: 3,
    });
    expect(view.similar.map((s: { id: string }) => s.id).sort()).toEqual(
      [second.id, third.id].sort(),
    );
    const announced = hub.context.live
      .since('queue', 0)
      .filter((e) => e.event === 'incident')
      .map((e) => e.data);
    expect(announced).toEqual([
      expect.objectContaining({ id: second.incident.id, major: false, size: 2 }),
      expect.objectContaining({ id: second.incident.id, major: true, size: 3 }),
    ]);
  });
});
