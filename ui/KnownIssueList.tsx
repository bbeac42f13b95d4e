// Known issues that match what the user is typing, each with its workaround and a
// "this solved it" button (deflection: no ticket). Workarounds are text, never HTML.
import type { Strings } from './strings';

export interface KnownIssueItem {
  id: string;
  title: string;
  workaround: string;
}

export interface KnownIssueListProps {
  items: KnownIssueItem[];
  onSolved: (id: string) => void;
  strings: Strings;
}

export function KnownIssueList({ items, onSolved, strings }: KnownIssueListProps) {
  if (items.length === 0) return null;
  return (
    <section class="td-known" aria-live="polite">
      <h3>{strings.knownIssuesTitle}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <details>
              <summary>{item.title}</summary>
              <p class="td-workaround">
                <strong>{strings.workaround}: </strong>
                {item.workaround}
              </p>
              <button type="button" class="td-secondary" onClick={() => onSolved(item.id)}>
                {strings.solvedIt}
              </button>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
