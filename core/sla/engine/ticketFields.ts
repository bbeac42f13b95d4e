// A ticket's fields at one step of the replay: names shared between steps, values copied when an
// event sets some (copying a ten-key object per event was the replay's costliest line).
import type { FieldValue } from './condition';

export class TicketFields {
  static readonly none = new TicketFields([], []);

  private constructor(
    private readonly names: readonly string[],
    private readonly values: readonly FieldValue[],
  ) {}

  /** The value of field `name`, or undefined when no event set it. */
  get(name: string): FieldValue | undefined {
    const i = this.names.indexOf(name);
    return i < 0 ? undefined : this.values[i];
  }

  /**
   * These fields with `set` applied (this object is never changed).
   * @example TicketFields.none.with({ status: 'new' }).get('status') // 'new'
   */
  with(set: Readonly<Record<string, FieldValue>>): TicketFields {
    let names = this.names as string[];
    const values = this.values.slice();
    for (const key in set) {
      const i = names.indexOf(key);
      if (i >= 0) values[i] = set[key]!;
      else {
        if (names === this.names) names = names.slice();
        names.push(key);
        values.push(set[key]!);
      }
    }
    return new TicketFields(names, values);
  }

  /** The fields as a plain record (explanations, tests). */
  toRecord(): Record<string, FieldValue> {
    const out: Record<string, FieldValue> = {};
    this.names.forEach((name, i) => (out[name] = this.values[i]!));
    return out;
  }
}
