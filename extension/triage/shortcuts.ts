// Keyboard shortcuts of the triage popup: one table, so the help line and the handler agree.

export type TriageCommand =
  | 'next'
  | 'previous'
  | 'open'
  | 'back'
  | 'search'
  | 'refresh'
  | 'toggle-mine'
  | 'acknowledge'
  | 'assign-me'
  | 'escalate'
  | 'resolve'
  | 'comment'
  | 'request-info'
  | 'priority'
  | 'reclassify';

export const shortcuts: { key: string; command: TriageCommand; help: string }[] = [
  { key: 'j', command: 'next', help: 'next ticket' },
  { key: 'ArrowDown', command: 'next', help: '' },
  { key: 'k', command: 'previous', help: 'previous ticket' },
  { key: 'ArrowUp', command: 'previous', help: '' },
  { key: 'Enter', command: 'open', help: 'open' },
  { key: 'Escape', command: 'back', help: 'back to the queue' },
  { key: '/', command: 'search', help: 'search' },
  { key: 'g', command: 'refresh', help: 'refresh' },
  { key: 'm', command: 'toggle-mine', help: 'only mine' },
  { key: 'a', command: 'acknowledge', help: 'acknowledge' },
  { key: 'i', command: 'assign-me', help: 'assign to me' },
  { key: 'e', command: 'escalate', help: 'escalate' },
  { key: 'r', command: 'resolve', help: 'resolve' },
  { key: 'c', command: 'comment', help: 'comment' },
  { key: 'q', command: 'request-info', help: 'request info' },
  { key: 'p', command: 'priority', help: 'change priority' },
  { key: 'l', command: 'reclassify', help: 'reclassify' },
];

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  target?: EventTarget | null;
}

/** The command for a key press, or null (typing in a field, or a modified key, is never a shortcut). */
export function commandFor(e: KeyLike): TriageCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const el = e.target as HTMLElement | null;
  const typing =
    !!el &&
    (el.tagName === 'INPUT' ||
      el.tagName === 'TEXTAREA' ||
      el.tagName === 'SELECT' ||
      el.isContentEditable);
  if (typing && e.key !== 'Escape') return null;
  return shortcuts.find((s) => s.key === e.key)?.command ?? null;
}
