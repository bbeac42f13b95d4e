// Scrubs secrets out of what an app passes with `Tierdesk.setContext(...)`: values under secret
// keys become markers whatever their type, strings are redacted as text.
import type { JsonValue } from '../model/primitives';
import type { RedactionOptions } from './redactionOptions';
import { redactionMarker } from './redactionMarker';
import { redactText } from './redactText';
import { secretNameKind } from './secretNames';

/**
 * `value` with secrets replaced; keys are kept so the agent sees what the app sent.
 * @example redactJsonValue({ user: 'ada', apiKey: 'abc123', tries: 3 }) // { user: 'ada', apiKey: '[REDACTED:api_key]', tries: 3 }
 */
export function redactJsonValue(value: JsonValue, options: RedactionOptions = {}): JsonValue {
  if (typeof value === 'string') return redactText(value, options);
  if (Array.isArray(value)) return value.map((v) => redactJsonValue(v, options));
  if (value === null || typeof value !== 'object') return value;
  const out: { [key: string]: JsonValue } = {};
  for (const [key, v] of Object.entries(value)) {
    const kind = secretNameKind(key);
    // null and booleans say whether a secret exists (`hasPassword`), not what it is.
    out[key] =
      kind && v !== null && typeof v !== 'boolean' && v !== ''
        ? redactionMarker(kind)
        : redactJsonValue(v, options);
  }
  return out;
}
