// Generated requests to the hub: a valid request of some route (routeCatalog.ts) sent with any
// credential, then bent — a field replaced, removed or added, the whole body random or cut
// short, the content type, path id, query or headers changed.
import fc from 'fast-check';
import { credentialHeaders, credentialNames } from '../credentials';
import { routeCatalog, type RouteWorld } from '../routeCatalog';
import { bendBody, bodyMutation, enc } from './bentJson';
import { headerValue, nastyStrings } from './nastyValues';

export interface FuzzedRequest {
  route: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
  stream: boolean;
  /** What was bent, for the failure report. */
  mutation: string;
}

const contentType = fc.oneof(
  { weight: 8, arbitrary: fc.constant(null) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      'text/plain',
      'application/json; charset=latin1',
      'APPLICATION/JSON',
      'application/jsonx',
      'image/png',
      'image/gif',
      'multipart/form-data; boundary=x',
      'application/x-www-form-urlencoded',
    ),
  },
  { weight: 1, arbitrary: headerValue },
);

const pathBend = fc.oneof(
  { weight: 8, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constantFrom(...nastyStrings).map((s) => enc(s.slice(0, 300))) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '%',
      '%zz',
      '%E0%A4%A',
      '%2e%2e%2f%2e%2e',
      '..%2F..%2F',
      '%00',
      '%C0%AF',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }).map(encodeURIComponent) },
);

const queryBend = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  {
    weight: 4,
    arbitrary: fc.array(
      fc.tuple(
        fc.oneof(
          fc.constantFrom(
            'app',
            'q',
            'limit',
            'cursor',
            'tier',
            'status',
            'category',
            'priority',
            'assignee',
            'kind',
            'name',
            'annotations',
            'access_token',
            'reporter_token',
            'lastEventId',
          ),
          fc.string({ maxLength: 12 }),
        ),
        fc.oneof(
          fc.constantFrom(...nastyStrings),
          fc.string({ maxLength: 60 }),
          fc.integer().map(String),
        ),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '?%',
      '?a=%zz',
      '?app=%E0%A4%A',
      '?limit=1e3',
      '?cursor=%00',
      '?q=' + 'x'.repeat(3000),
    ),
  },
);

const headerBend = fc.oneof(
  { weight: 6, arbitrary: fc.constant({}) },
  {
    weight: 4,
    arbitrary: fc.dictionary(
      fc.constantFrom(
        'Authorization',
        'X-Tierdesk-Key',
        'X-Tierdesk-Reporter',
        'Origin',
        'Last-Event-ID',
        'Idempotency-Key',
        'X-Forwarded-For',
        'Accept',
      ),
      headerValue,
      { maxKeys: 3 },
    ),
  },
);

/** Requests of every route with every credential, bent in one to three ways. */
export function fuzzedRequest(world: RouteWorld): fc.Arbitrary<FuzzedRequest> {
  return fc
    .constantFrom(...routeCatalog)
    .chain((route) =>
      fc.record({
        route: fc.constant(route),
        // Half the time a credential the route accepts, so bodies get past the gate.
        credential: fc.oneof(
          fc.constantFrom(...route.allowed),
          fc.constantFrom(...credentialNames),
        ),
        body: bodyMutation,
        contentType,
        path: pathBend,
        query: queryBend,
        headers: headerBend,
      }),
    )
    .map((g) => {
      const valid = g.route.request(world);
      const labels: string[] = [];
      let path = valid.path;
      if (g.path !== null && /\/(tickets|attachments|known-issues|widget)\/[^/?]+/.test(path)) {
        path = path.replace(
          /(\/(?:tickets|attachments|known-issues|widget)\/)[^/?]+/,
          `$1${g.path}`,
        );
        labels.push(`path id ${g.path.slice(0, 40)}`);
      }
      if (g.query !== null) {
        const q =
          typeof g.query === 'string'
            ? g.query.slice(1)
            : g.query.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
        path += (path.includes('?') ? '&' : '?') + q;
        labels.push('query bent');
      }
      const headers: Record<string, string> = {
        ...credentialHeaders(g.credential, world),
        ...valid.headers,
      };
      let body = valid.body;
      if (valid.method !== 'GET') {
        const bent = bendBody(valid.body, g.body);
        body = bent.body;
        labels.push(bent.label);
      }
      if (g.contentType !== null) {
        headers['Content-Type'] = g.contentType;
        labels.push(`content-type ${JSON.stringify(g.contentType)}`);
      }
      for (const [k, v] of Object.entries(g.headers)) {
        headers[k] = v;
        labels.push(`header ${k}`);
      }
      return {
        route: g.route.route,
        method: valid.method,
        path,
        headers,
        ...(body !== undefined ? { body } : {}),
        stream: g.route.stream === true,
        mutation: `${g.credential}; ${labels.join('; ') || 'as is'}`,
      };
    });
}
