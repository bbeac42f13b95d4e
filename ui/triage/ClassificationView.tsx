// Why the ticket sits where it sits: category, tier, confidence and the signals that decided it.
import type { Classification } from '@tierdesk/core/model/classification';

export interface ClassificationViewProps {
  classification: Classification;
  /** Category id → label from the taxonomy, when known. */
  labelOf?: (category: string) => string;
}

export function ClassificationView({
  classification: c,
  labelOf = (id) => id,
}: ClassificationViewProps) {
  return (
    <div class="td-classification" style={{ fontSize: '12px' }}>
      <div>
        <strong>{labelOf(c.category)}</strong> · {c.tier} · {Math.round(c.confidence * 100)} %
        confident{c.needsTriage ? ' · needs triage' : ''}
      </div>
      <ul class="td-reasons" style={{ margin: '2px 0', paddingLeft: '16px' }}>
        {[...c.reasons]
          .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
          .map((r, i) => (
            <li key={i}>
              <em>{r.source}</em>: {r.detail}
            </li>
          ))}
      </ul>
    </div>
  );
}
