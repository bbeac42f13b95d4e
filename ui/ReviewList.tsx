// Everything that will be sent, one checkbox each: unticking removes that item from the report.
import type { Strings } from './strings';

export interface ReviewItem {
  id: string;
  label: string;
  /** A short preview of what is in it (shown as text). */
  detail?: string;
  included: boolean;
  /** The description itself cannot be removed. */
  required?: boolean;
}

export interface ReviewListProps {
  items: ReviewItem[];
  onToggle: (id: string, included: boolean) => void;
  strings: Strings;
  idPrefix?: string;
}

export function ReviewList({ items, onToggle, strings, idPrefix = 'td' }: ReviewListProps) {
  return (
    <section class="td-review">
      <h3>{strings.reviewTitle}</h3>
      <p class="td-hint">{strings.reviewHint}</p>
      <ul>
        {items.map((item) => {
          const id = `${idPrefix}-review-${item.id}`;
          return (
            <li key={item.id} class={item.included ? undefined : 'td-excluded'}>
              <input
                type="checkbox"
                id={id}
                checked={item.included}
                disabled={item.required}
                onChange={(e) => onToggle(item.id, e.currentTarget.checked)}
              />
              <label for={id}>
                {item.label}
                {!item.included && <span class="td-hint"> ({strings.removed})</span>}
              </label>
              {item.detail && <p class="td-detail">{item.detail}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
