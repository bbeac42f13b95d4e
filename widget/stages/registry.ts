// Where stage files put what they offer: one object on the window under a registered symbol,
// so the page cannot collide with it by accident and every stage file finds the same one.
import type { StageRegistry } from './stageTypes';

const key = Symbol.for('tierdesk.stages');

export function stageRegistry(win: Window): StageRegistry {
  const holder = win as unknown as Record<symbol, StageRegistry | undefined>;
  return (holder[key] ??= {});
}

/** Called at the end of a stage file: makes the stage available to the loader. */
export function registerStage<K extends keyof StageRegistry>(
  win: Window,
  name: K,
  stage: NonNullable<StageRegistry[K]>,
): void {
  stageRegistry(win)[name] = stage;
}
