// What a replay keeps per definition between steps: its running and its last instance, when its
// pause condition held (R27), and whether its pauseIn holds the status last seen.
import type { StatusCategory } from './definitionSchema';
import type { SlaInstance } from './slaInstance';

/** One definition's state through a replay (one object per definition, not an array per field). */
export class DefinitionTrack {
  /** The running instance, if any. */
  active: SlaInstance | undefined = undefined;
  /** The last instance, running or not. */
  last: SlaInstance | undefined = undefined;
  /** Closed spans while the pause condition held (made at the first), and the open one's start. */
  #spans: number[] | null = null;
  #since: number | null = null;
  #status = '';
  #pauseIn: ReadonlySet<StatusCategory> | null = null;
  #paused = false;

  /** `pauseIn.has(status)`, looked up again only when the status or the set changed. */
  pausedIn(pauseIn: ReadonlySet<StatusCategory>, status: StatusCategory): boolean {
    if (status !== this.#status || pauseIn !== this.#pauseIn) {
      this.#status = status;
      this.#pauseIn = pauseIn;
      this.#paused = pauseIn.has(status);
    }
    return this.#paused;
  }

  /** Notes whether the pause condition holds from `t` on. */
  notePause(pause: boolean, t: number): void {
    const since = this.#since;
    if (pause && since === null) this.#since = t;
    else if (!pause && since !== null) {
      (this.#spans ??= []).push(since, t);
      this.#since = null;
    }
  }

  /** The spans the pause condition held before `t` (an open one closed at `t`), in order. */
  pausesBefore(t: number): readonly number[] {
    const closed = this.#spans ?? [];
    const since = this.#since;
    return since !== null && since < t ? [...closed, since, t] : closed;
  }
}
