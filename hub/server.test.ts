import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreConflictError } from './store/hubStore';
import { draft, startTestHub, type TestHub } from './testing/testHub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.dispose());

describe('the error handler', () => {
  it('answers 409 conflict when a write meets a key another request took first', async () => {
    const d = draft();
    expect((await hub.request('/v1/tickets', { method: 'POST', as: 'key', json: d })).status).toBe(
      201,
    );
    const store = hub.context.store;
    const real = store.transaction.bind(store);
    // What another hub process on the same database causes: the unique key is taken at commit.
    store.transaction = () => Promise.reject(new StoreConflictError('attachment', 'a1'));
    try {
      const res = await hub.request(`/v1/tickets/${d.id}/actions`, {
        method: 'POST',
        as: 'lead',
        json: { type: 'comment', body: 'Looking', visibility: 'internal' },
      });
      expect(res.status).toBe(409);
      expect(await res.json()).toEqual({
        error: { code: 'conflict', message: 'attachment a1 already exists; retry or change it' },
      });
    } finally {
      store.transaction = real;
    }
  });
});
