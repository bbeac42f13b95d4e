// The two ways the fuzzer reaches the hub: the Hono app in-process (fast; a proxy store tells
// whether a request committed), and real HTTP to the running hub (a database fingerprint
// before and after each request tells the same).
import { databaseFingerprint } from '../hubDatabase';
import type { TestHub } from '../../../hub/testing/testHub';
import type { Send } from './fuzzHubApi';
import type { WatchedApp } from './watchedApp';

export function inProcess(watched: WatchedApp): Send {
  return async (req) => {
    watched.takeCommits();
    watched.takeLooseWrites();
    const request = new Request(`http://127.0.0.1${req.path}`, {
      method: req.method,
      headers: req.headers,
      ...(req.body !== undefined ? { body: req.body } : {}),
    });
    watched.takeErrors();
    const res = await watched.app.fetch(request);
    return {
      res,
      cause: () => watched.takeErrors().join('\n').slice(0, 600),
      stored: () => watched.takeCommits() > 0 || watched.takeLooseWrites() > 0,
    };
  };
}

export function overHttp(hub: TestHub): Send {
  return async (req) => {
    const before = JSON.stringify(databaseFingerprint(hub.dataDir));
    const res = await fetch(hub.url + req.path, {
      method: req.method,
      headers: req.headers,
      ...(req.body !== undefined ? { body: req.body } : {}),
    });
    return { res, stored: () => JSON.stringify(databaseFingerprint(hub.dataDir)) !== before };
  };
}
