// The engine's two kinds of failure: input that is wrong (naming the field), and a search that
// ran past the horizon cap (R53) instead of looping.

/** Bad input: `path` names the field, e.g. `calendars.0.weekly` or `events.3.at`. */
export class SlaInputError extends Error {
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(`${path}: ${detail}`);
    this.name = 'SlaInputError';
  }
}

/** Five years of calendar searched without finding the working time asked for (R53). */
export const horizonMs = 5 * 366 * 86_400_000;

export class SlaHorizonError extends Error {
  constructor(what: string, from: number) {
    super(
      `${what}: no working time found within 5 years after ${new Date(from).toISOString()} ` +
        '(horizon cap, R53): check the calendar, its holidays and the pauses',
    );
    this.name = 'SlaHorizonError';
  }
}
