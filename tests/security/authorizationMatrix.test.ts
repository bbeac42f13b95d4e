// Issue 9, authorization: every route of docs/api.md × every credential (each role, missing,
// malformed, unknown, deactivated, tokens in the wrong header, intake keys from foreign origins,
// reporter tokens of another ticket), against a real hub on 127.0.0.1. An allowed caller gets
// a 2xx; anyone else a 401/403 JSON error, and the database is unchanged by the refusal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentialHeaders, credentialNames, type CredentialName } from './credentials';
import { databaseFingerprint } from './hubDatabase';
import { startMatrixWorld, type MatrixWorld } from './matrixWorld';
import { routeCatalog, type RouteCase } from './routeCatalog';

let world: MatrixWorld;
beforeAll(async () => {
  world = await startMatrixWorld();
});
afterAll(() => world.hub.dispose());

async function call(route: RouteCase, credential: CredentialName) {
  const req = route.request(world);
  const controller = new AbortController();
  const res = await fetch(world.hub.url + req.path, {
    method: req.method,
    headers: { ...credentialHeaders(credential, world), ...req.headers },
    ...(req.body !== undefined ? { body: req.body } : {}),
    signal: controller.signal,
  });
  let body = '';
  if (route.stream && res.status === 200) controller.abort();
  else body = await res.text();
  return { status: res.status, type: res.headers.get('content-type') ?? '', body };
}

describe('authorization matrix', () => {
  it('the deactivated agent could act before it was deactivated (so its refusals mean something)', () => {
    expect(world.deactivatedWorkedBefore).toBe(true);
  });

  it('the ticket under test sits at L2, so the tier gate shows in the matrix', () => {
    expect(world.ticketTier).toBe('L2');
  });

  for (const route of routeCatalog) {
    describe(route.route, () => {
      for (const credential of credentialNames) {
        const allowed = route.allowed.includes(credential);
        it(`${credential}: ${allowed ? 'allowed' : 'refused, nothing stored'}`, async () => {
          const before = allowed ? null : databaseFingerprint(world.hub.dataDir);
          const res = await call(route, credential);
          if (allowed) {
            expect(res.status, res.body).toBeGreaterThanOrEqual(200);
            expect(res.status, res.body).toBeLessThan(300);
            if (route.stream) expect(res.type).toMatch(/^text\/event-stream/);
            return;
          }
          expect([401, 403, ...(route.alsoRefusedWith ?? [])], res.body).toContain(res.status);
          const error = (JSON.parse(res.body) as { error: { code: string; message: string } })
            .error;
          expect(error.message.length).toBeGreaterThan(0);
          expect(error.message).not.toMatch(/\bat .+:\d+:\d+/); // no stack traces
          expect(databaseFingerprint(world.hub.dataDir)).toEqual(before);
        });
      }
    });
  }
});
