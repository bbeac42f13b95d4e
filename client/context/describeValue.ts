// Turns whatever a page passes to console.error or throws into bounded text, without ever
// throwing itself (a hostile toString or a cyclic object must not break the page's logging).

/** Text for one logged value: strings as-is, errors as `Name: message`, the rest as JSON. */
export function describeValue(value: unknown, max = 2000): string {
  let out: string;
  try {
    if (typeof value === 'string') out = value;
    else if (value instanceof Error) out = `${value.name}: ${value.message}`;
    else if (value === undefined || typeof value === 'function' || typeof value === 'symbol')
      out = String(value);
    else out = JSON.stringify(value) ?? String(value);
  } catch {
    out = Object.prototype.toString.call(value);
  }
  return out.length > max ? out.slice(0, max - 1) + '…' : out;
}

/** One console line from its arguments, bounded. */
export function describeArgs(args: readonly unknown[], max = 2000): string {
  return describeValue(args.map((a) => describeValue(a, max)).join(' '), max);
}
