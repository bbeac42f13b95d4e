// `window.Tierdesk`: the host app's API. Every argument is checked (a bad one is a console
// warning naming it, and the call is ignored); nothing here ever throws into the host page.
// Calls queued on the `window.Tierdesk = window.Tierdesk || []` stub are replayed in order.
import type { Reporter } from '@tierdesk/core/model/draft';
import type { Prefill, WidgetEvent } from '../stages/stageTypes';
import type { Emitter } from './createEmitter';
import { parseFields, stringRule, type FieldRules } from './parseFields';

export interface WidgetControls {
  open(prefill?: Prefill): void;
  close(): void;
  identify(user: Reporter): void;
  setContext(data: Record<string, unknown>): void;
  destroy(): void;
}

export interface TierdeskApi {
  open(prefill?: unknown): void;
  close(): void;
  identify(user: unknown): void;
  setContext(data: unknown): void;
  on(event: unknown, fn: unknown): () => void;
  destroy(): void;
  /** Late stub-style calls (`Tierdesk.push(['open'])`) still work. */
  push(...calls: unknown[]): number;
  version: string;
}

const anything = /[^]*/;
const prefillFields: FieldRules = {
  summary: stringRule(anything, 200),
  description: stringRule(anything, 10_000),
  // core's impacts and urgencies (core/model/enums.ts).
  impact: stringRule(/^(individual|team|department|organization)$/),
  urgency: stringRule(/^(blocked|degraded|minor)$/),
};

const userFields: FieldRules = {
  id: stringRule(/^[^]+$/, 128),
  name: stringRule(anything, 128),
  // zod's email pattern (what core's reporterSchema checks on the hub): a looser one here would
  // let a ticket be refused at intake for its reporter's address.
  email: stringRule(
    /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/,
    254,
  ),
};

const events: readonly WidgetEvent[] = ['submitted', 'opened', 'closed'];
/** `setContext` data larger than this (as JSON) is refused: it travels with every ticket. */
export const maxAppContextBytes = 8 * 1024;

export function createPublicApi(
  controls: WidgetControls,
  emitter: Emitter,
  warn: (message: string, error?: unknown) => void,
  version: string,
): TierdeskApi {
  let destroyed = false;
  const guard =
    <A extends unknown[], R>(name: string, fn: (...args: A) => R, fallback: R) =>
    (...args: A): R => {
      if (destroyed) return fallback;
      try {
        return fn(...args);
      } catch (error) {
        warn(`Tierdesk.${name} failed`, error);
        return fallback;
      }
    };

  const api: TierdeskApi = {
    version,
    open: guard(
      'open',
      (prefill?: unknown) => {
        const parsed = prefill == null ? null : parseFields<Prefill>(prefillFields, prefill);
        if (parsed && !parsed.ok)
          warn(`Tierdesk.open: ignored a bad prefill (bad: ${parsed.bad.join(', ')})`);
        controls.open(parsed?.ok ? parsed.value : undefined);
      },
      undefined,
    ),
    close: guard('close', () => controls.close(), undefined),
    identify: guard(
      'identify',
      (user: unknown) => {
        const parsed = parseFields<Reporter>(userFields, user);
        if (!parsed.ok)
          return warn(
            `Tierdesk.identify: expected { id?, name?, email? } (bad: ${parsed.bad.join(', ')})`,
          );
        controls.identify(parsed.value);
      },
      undefined,
    ),
    setContext: guard(
      'setContext',
      (data: unknown) => {
        if (typeof data !== 'object' || data === null || Array.isArray(data)) {
          return warn('Tierdesk.setContext: expected a plain object');
        }
        let json: string | undefined;
        try {
          json = JSON.stringify(data);
        } catch {
          json = undefined;
        }
        if (json === undefined) return warn('Tierdesk.setContext: the data is not JSON (cyclic?)');
        if (json.length > maxAppContextBytes)
          return warn(`Tierdesk.setContext: larger than ${maxAppContextBytes} bytes as JSON`);
        const copy = JSON.parse(json) as Record<string, unknown>;
        const longKey = Object.keys(copy).find((k) => k.length > 64);
        if (longKey)
          return warn(`Tierdesk.setContext: key "${longKey.slice(0, 70)}…" is longer than 64`);
        controls.setContext(copy);
      },
      undefined,
    ),
    on: guard(
      'on',
      (event: unknown, fn: unknown) => {
        if (!events.includes(event as WidgetEvent) || typeof fn !== 'function') {
          warn(`Tierdesk.on: expected one of ${events.join(', ')} and a function`);
          return () => {};
        }
        return emitter.on(event as WidgetEvent, fn as (payload?: unknown) => void);
      },
      () => {},
    ),
    destroy: guard(
      'destroy',
      () => {
        destroyed = true;
        emitter.clear();
        controls.destroy();
      },
      undefined,
    ),
    push: (...calls: unknown[]) => {
      for (const call of calls) replayCall(api, call, warn);
      return 0;
    },
  };
  return api;
}

/** Replays what the stub queued: each entry `[method, ...args]` (an array or `arguments`). */
export function replayQueue(
  api: TierdeskApi,
  stub: unknown,
  warn: (message: string) => void,
): void {
  if (!stub || typeof (stub as { length?: unknown }).length !== 'number') return;
  for (const call of Array.from(stub as ArrayLike<unknown>)) replayCall(api, call, warn);
}

function replayCall(api: TierdeskApi, call: unknown, warn: (message: string) => void) {
  const list = call && typeof call === 'object' ? Array.from(call as ArrayLike<unknown>) : [];
  const [name, ...args] = list;
  const method = ['open', 'close', 'identify', 'setContext', 'on', 'destroy'].includes(
    name as string,
  )
    ? (api[name as 'open'] as (...a: unknown[]) => unknown)
    : undefined;
  if (!method)
    return warn(`Tierdesk: ignored a queued call ${JSON.stringify(String(name)).slice(0, 40)}`);
  method(...args);
}
