// Live updates between hub processes on one PostgreSQL database: each process stores what it
// publishes in `live_events` and NOTIFYs; the others, LISTENing, read the new rows by id and
// publish them to their own SSE clients. A process that lost its connection catches up on
// reconnect from the last id it saw (rows are kept `keepMs`).
import { randomUUID } from 'node:crypto';
import pg from 'pg';

export interface LiveBridgeEvent {
  topic: string;
  event: string;
  data: unknown;
}

export interface LiveBridgeOptions {
  /** The hub's database (its store has applied the migrations). */
  url: string;
  /** Each event another process sent, in the order they were stored. */
  onEvent: (event: LiveBridgeEvent) => void;
  /** A lost connection or a failed read; the bridge reconnects by itself. */
  onError?: (error: Error) => void;
  /** How long rows stay for processes catching up (default 10 minutes). */
  keepMs?: number;
}

export interface LiveBridge {
  /** Hands an event to every other hub process; resolves once it is stored. */
  send(event: LiveBridgeEvent): Promise<void>;
  close(): Promise<void>;
}

const channel = 'tierdesk_live';
const page = 500;

/** Connects and listens; events sent before this resolves are not replayed. */
export async function connectLiveBridge(options: LiveBridgeOptions): Promise<LiveBridge> {
  const origin = randomUUID();
  const keepMs = options.keepMs ?? 10 * 60_000;
  const onError = options.onError ?? (() => {});
  const pool = new pg.Pool({ connectionString: options.url, max: 2 });
  pool.on('error', onError);
  let closed = false;
  let listener: pg.Client | null = null;
  let lastId = Number(
    (await pool.query<{ id: string }>('SELECT COALESCE(MAX(id), 0) AS id FROM live_events'))
      .rows[0]!.id,
  );

  // Ids are taken at insert but visible at commit: a row can appear after a higher id was read.
  // Ids skipped by a read are kept a while and asked for again (rolled-back inserts never come).
  const gaps = new Map<number, number>();
  const gapKeepMs = 30_000;

  // One read at a time; notifications during a read ask for one more after it.
  let reading: Promise<void> | null = null;
  let again = false;
  const readPage = async (): Promise<number> => {
    const now = Date.now();
    for (const [id, since] of gaps) if (now - since > gapKeepMs) gaps.delete(id);
    // Its own rows are read too (their ids close gaps) but without their data.
    const { rows } = await pool.query<LiveBridgeEvent & { id: string; own: boolean }>(
      `SELECT id, origin = $2 AS own, topic, event, CASE WHEN origin = $2 THEN NULL ELSE data END AS data
       FROM live_events WHERE id > $1 OR id = ANY($3::bigint[]) ORDER BY id LIMIT ${page}`,
      [lastId, origin, [...gaps.keys()]],
    );
    for (const row of rows) {
      const id = Number(row.id);
      if (gaps.has(id)) gaps.delete(id);
      else {
        for (let missing = lastId + 1; missing < id && gaps.size < 10_000; missing++)
          gaps.set(missing, now);
        lastId = Math.max(lastId, id);
      }
      if (!row.own) options.onEvent({ topic: row.topic, event: row.event, data: row.data });
    }
    return rows.length;
  };
  const readNew = (): void => {
    if (closed) return;
    if (reading) {
      again = true;
      return;
    }
    reading = (async () => {
      do {
        again = false;
        while ((await readPage()) === page && !closed);
      } while (again && !closed);
    })()
      .catch((error: Error) => onError(error))
      .finally(() => (reading = null));
  };

  let retryMs = 100;
  const listen = async (): Promise<void> => {
    const client = new pg.Client({
      connectionString: options.url,
      application_name: 'tierdesk-live',
    });
    // A notification names its sender: a process's own sends need no read.
    client.on('notification', (n) => {
      if (n.payload !== origin) readNew();
    });
    client.on('error', (error) => {
      onError(error);
      reconnect(client);
    });
    client.on('end', () => reconnect(client));
    await client.connect();
    await client.query(`LISTEN ${channel}`);
    listener = client;
    retryMs = 100;
    // What was sent while this process was not listening.
    readNew();
  };
  const reconnect = (from: pg.Client): void => {
    if (closed || listener !== from) return;
    listener = null;
    from.end().catch(() => {});
    const retry = () => {
      if (closed) return;
      listen().catch((error: Error) => {
        onError(error);
        retryMs = Math.min(retryMs * 2, 5000);
        setTimeout(retry, retryMs).unref();
      });
    };
    setTimeout(retry, retryMs).unref();
  };
  await listen();

  const prune = setInterval(
    () => {
      pool
        .query(`DELETE FROM live_events WHERE at < now() - $1 * interval '1 millisecond'`, [keepMs])
        .catch(onError);
    },
    Math.max(1000, keepMs / 2),
  );
  prune.unref();

  // Sends of one event-loop turn (an intake publishes two or three) share one statement.
  let batch: Array<{ event: LiveBridgeEvent; done: (error?: Error) => void }> = [];
  let flushed: Promise<void> = Promise.resolve();
  const flush = () => {
    const sending = batch;
    batch = [];
    if (sending.length === 0) return;
    // One statement: stored and notified on its commit, or neither.
    flushed = pool
      .query(
        `WITH e AS (INSERT INTO live_events (origin, topic, event, data)
           SELECT $1, u.topic, u.event, u.data::json
           FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS u(topic, event, data, n)
           ORDER BY u.n RETURNING id)
         SELECT pg_notify('${channel}', $1) FROM (SELECT 1 FROM e LIMIT 1) one`,
        [
          origin,
          sending.map((s) => s.event.topic),
          sending.map((s) => s.event.event),
          sending.map((s) => JSON.stringify(s.event.data ?? null)),
        ],
      )
      .then(
        () => sending.forEach((s) => s.done()),
        (error: Error) => sending.forEach((s) => s.done(error)),
      );
  };

  return {
    send(event) {
      if (closed) return Promise.reject(new Error('the live bridge is closed'));
      return new Promise<void>((resolve, reject) => {
        if (batch.length === 0) setImmediate(flush);
        batch.push({ event, done: (error) => (error ? reject(error) : resolve()) });
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      flush();
      await flushed;
      clearInterval(prune);
      const client = listener;
      listener = null;
      await reading;
      await client?.end().catch(() => {});
      await pool.end();
    },
  };
}
