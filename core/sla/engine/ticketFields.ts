// A ticket's fields at one step of the replay: immutable (names shared, values copied when an
// event sets some) for single folds, or changed in place by a replay that keeps one per side.
import type { FieldValue } from './condition';

export class TicketFields {
  static readonly none = new TicketFields([], []);

  private constructor(
    private names: readonly string[],
    private values: readonly FieldValue[],
  ) {}

  /**
   * Fields a replay changes in place (see assign and copyChangesTo); `none` and `with` never
   * change. `layout` names fields in the order a log's first event sets them all, so a reader that
   * knows the layout can set them by index (setAt) instead of by name: the same fields once the
   * first event has set them.
   */
  static mutable(layout?: readonly string[]): TicketFields {
    // Pushed one by one: packed arrays (map and slice may give holey ones, slower to read).
    const values: FieldValue[] = [];
    if (!layout) return new TicketFields([], values);
    for (let i = 0; i < layout.length; i++) values.push(undefined as unknown as FieldValue);
    // The layout's own names, shared until a field outside it is added (copied then).
    const fields = new TicketFields(layout, values);
    fields.#sharedNames = true;
    return fields;
  }

  /** Set while `names` is a layout other fields share: copied before a name is added. */
  #sharedNames = false;

  /** The names, to add one to (copied first when shared). */
  #ownNames(): string[] {
    if (this.#sharedNames) {
      this.names = this.names.slice();
      this.#sharedNames = false;
    }
    return this.names as string[];
  }

  /** The value of field `name`, or undefined when no event set it. */
  get(name: string): FieldValue | undefined {
    const i = this.names.indexOf(name);
    return i < 0 ? undefined : this.values[i];
  }

  /** Where field `name` is (−1: not set yet); a replay's names only grow, so it stays there. */
  indexOf(name: string): number {
    return this.names.indexOf(name);
  }

  /** The value at `index` (from indexOf), or undefined when these fields have none there yet. */
  valueAt(index: number): FieldValue | undefined {
    return index < this.values.length ? this.values[index] : undefined;
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

  /** Indices whose values `assign` changed since the last `copyChangesTo` (mutable fields only). */
  #changed: number[] = [];
  /** How many of #changed are current (an array's length is slow to set). */
  #changes = 0;

  /**
   * Applies `set` to these fields in place, exactly as `with` would to a copy (a replay's own
   * fields only: one object per replay instead of one per event).
   */
  assign(set: Readonly<Record<string, FieldValue>>): void {
    const values = this.values as FieldValue[];
    for (const key in set) {
      const i = this.names.indexOf(key);
      if (i >= 0) {
        if (values[i] === set[key]) continue;
        values[i] = set[key]!;
        this.#changed[this.#changes++] = i;
      } else {
        this.#ownNames().push(key);
        values.push(set[key]!);
      }
    }
  }

  /** `assign({ [name]: value })` for the field at `index` of the layout (mutable fields only). */
  setAt(index: number, value: FieldValue): void {
    const values = this.values as FieldValue[];
    if (values[index] === value) return;
    values[index] = value;
    this.#changed[this.#changes++] = index;
  }

  /**
   * Makes mutable `to`, equal to these fields before the assigns since the last call, equal to
   * them again: the names added since and the values changed (not all ten on every event).
   */
  copyChangesTo(to: TicketFields): void {
    const values = to.values as FieldValue[];
    if (to.names.length < this.names.length) {
      const names = to.#ownNames();
      for (let i = names.length; i < this.names.length; i++) {
        names.push(this.names[i]!);
        values.push(this.values[i]!);
      }
    }
    const changed = this.#changed;
    for (let k = 0; k < this.#changes; k++) values[changed[k]!] = this.values[changed[k]!]!;
    this.#changes = 0;
  }

  /** The fields as a plain record (explanations, tests). */
  toRecord(): Record<string, FieldValue> {
    const out: Record<string, FieldValue> = {};
    this.names.forEach((name, i) => (out[name] = this.values[i]!));
    return out;
  }
}
