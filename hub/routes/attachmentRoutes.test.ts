import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jpegHeader, pngImage } from '../attachments/testImages';
import { draft, startTestHub, type TestHub } from '../testing/testHub';

let hub: TestHub;
let ticket: { id: string; reporterToken: string };
let other: { id: string; reporterToken: string };

beforeAll(async () => {
  hub = await startTestHub();
  const submit = async () =>
    (await hub.request('/v1/tickets', { method: 'POST', as: 'key', json: draft() })).json();
  ticket = await submit();
  other = await submit();
});
afterAll(() => hub.dispose());

const upload = (
  id: string,
  bytes: Buffer,
  type: string,
  auth: Parameters<TestHub['request']>[1] = { as: 'key', reporter: ticket.reporterToken },
) =>
  hub.request(`/v1/tickets/${id}/attachments?kind=screenshot&name=shot.png`, {
    method: 'POST',
    ...auth,
    body: new Uint8Array(bytes),
    headers: { ...(auth.headers as Record<string, string> | undefined), 'Content-Type': type },
  });

describe('attachments', () => {
  it('stores a PNG from the reporter, answers its meta, and the same bytes again give the same meta', async () => {
    const png = pngImage(4, 3);
    const res = await upload(ticket.id, png, 'image/png');
    expect(res.status).toBe(201);
    const meta = await res.json();
    expect(meta).toMatchObject({
      kind: 'screenshot',
      contentType: 'image/png',
      bytes: png.length,
      width: 4,
      height: 3,
      name: 'shot.png',
    });
    const again = await upload(ticket.id, png, 'image/png');
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(meta);
    const stored = (await hub.store.getTicket(ticket.id))!.ticket;
    expect(stored.attachments).toEqual([meta]);
    expect(
      (await hub.store.events(ticket.id)).filter((e) => e.type === 'attachment_added'),
    ).toHaveLength(1);

    const bytes = await hub.request(`/v1/attachments/${meta.id}`, { as: 'L1' });
    expect(bytes.status).toBe(200);
    expect(bytes.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await bytes.arrayBuffer()).equals(png)).toBe(true);
    expect(
      (await hub.request(`/v1/attachments/${meta.id}`, { reporter: ticket.reporterToken })).status,
    ).toBe(200);
    expect(
      (await hub.request(`/v1/attachments/${meta.id}`, { reporter: other.reporterToken })).status,
    ).toBe(403);
    expect((await hub.request(`/v1/attachments/${meta.id}`)).status).toBe(401);
  });

  it('takes a JPEG from an agent', async () => {
    const res = await upload(ticket.id, jpegHeader(800, 600), 'image/jpeg', { as: 'L1' });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ width: 800, height: 600, contentType: 'image/jpeg' });
  });

  it('refuses bytes that are not what they claim, other types, the wrong ticket, too much, no credential', async () => {
    const before = (await hub.store.getTicket(ticket.id))!.ticket.attachments.length;
    const lie = await upload(
      ticket.id,
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      'image/png',
    );
    expect(lie.status).toBe(415);
    const mismatch = await upload(ticket.id, pngImage(2, 2, 1), 'image/jpeg');
    expect(mismatch.status).toBe(415);
    expect((await upload(ticket.id, pngImage(), 'image/gif')).status).toBe(415);
    expect((await upload(other.id, pngImage(), 'image/png')).status).toBe(403);
    expect((await upload(ticket.id, pngImage(), 'image/png', {})).status).toBe(401);
    // The reporter token alone (no intake key), or with the key from a foreign Origin, or with
    // another app's key: refused, so a token that leaked from the page is no upload credential.
    const alone = await upload(ticket.id, pngImage(), 'image/png', {
      reporter: ticket.reporterToken,
    });
    expect(alone.status).toBe(401);
    expect((await alone.json()).error.message).toMatch(/intake key/);
    const foreign = await upload(ticket.id, pngImage(), 'image/png', {
      as: 'key',
      reporter: ticket.reporterToken,
      headers: { Origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    const otherApp = await upload(ticket.id, pngImage(), 'image/png', {
      reporter: ticket.reporterToken,
      headers: { 'X-Tierdesk-Key': 'pk_test_wiki_00001', Origin: 'https://wiki.example' },
    });
    expect(otherApp.status).toBe(403);
    expect(
      (await upload('01JD8Z5Q9X7YB3C4D5E6F7G8H9', pngImage(), 'image/png', { as: 'L1' })).status,
    ).toBe(404);
    const huge = Buffer.concat([pngImage(), Buffer.alloc(8 * 1024 * 1024 + 10)]);
    expect((await upload(ticket.id, huge, 'image/png')).status).toBe(413);
    expect((await hub.store.getTicket(ticket.id))!.ticket.attachments.length).toBe(before);
  });
});
