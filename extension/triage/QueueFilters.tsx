// The filter bar: tier, status, category, priority, app, mine, and a search box. On the popup's
// first path, so its vocabulary comes from queueVocabulary (no zod).
import {
  queuePriorities as priorities,
  queueStatuses as statuses,
  queueTiers as tiers,
} from './queueVocabulary';
import type { QueueFilter } from './queueOrder';

export interface QueueFiltersProps {
  filter: QueueFilter;
  apps: [string, string][];
  categories: string[];
  onChange: (patch: Partial<QueueFilter>) => void;
  searchRef?: { current: HTMLInputElement | null };
}

const sel = { fontSize: '11px', maxWidth: '92px' };

export function QueueFilters({ filter, apps, categories, onChange, searchRef }: QueueFiltersProps) {
  return (
    <div
      class="td-filters"
      style={{ display: 'flex', flexWrap: 'wrap', gap: '4px', padding: '4px 8px' }}
    >
      <input
        ref={searchRef}
        type="search"
        placeholder="Search (/)"
        aria-label="Search tickets"
        value={filter.text}
        onInput={(e) => onChange({ text: (e.target as HTMLInputElement).value })}
        style={{ fontSize: '11px', width: '110px' }}
      />
      <select
        aria-label="Tier"
        style={sel}
        value={filter.tier}
        onChange={(e) =>
          onChange({ tier: (e.target as HTMLSelectElement).value as QueueFilter['tier'] })
        }
      >
        <option value="">All tiers</option>
        {tiers.map((t) => (
          <option value={t}>{t}</option>
        ))}
      </select>
      <select
        aria-label="Status"
        style={sel}
        value={filter.status}
        onChange={(e) =>
          onChange({ status: (e.target as HTMLSelectElement).value as QueueFilter['status'] })
        }
      >
        <option value="">Open statuses</option>
        {statuses.map((s) => (
          <option value={s}>{s.replace(/_/g, ' ')}</option>
        ))}
      </select>
      <select
        aria-label="Priority"
        style={sel}
        value={filter.priority}
        onChange={(e) =>
          onChange({ priority: (e.target as HTMLSelectElement).value as QueueFilter['priority'] })
        }
      >
        <option value="">Any priority</option>
        {priorities.map((p) => (
          <option value={p}>{p}</option>
        ))}
      </select>
      <select
        aria-label="Category"
        style={sel}
        value={filter.category}
        onChange={(e) => onChange({ category: (e.target as HTMLSelectElement).value })}
      >
        <option value="">Any category</option>
        {categories.map((c) => (
          <option value={c}>{c}</option>
        ))}
      </select>
      <select
        aria-label="App"
        style={sel}
        value={filter.app}
        onChange={(e) => onChange({ app: (e.target as HTMLSelectElement).value })}
      >
        <option value="">All apps</option>
        {apps.map(([id, name]) => (
          <option value={id}>{name}</option>
        ))}
      </select>
      <label style={{ fontSize: '11px' }}>
        <input
          type="checkbox"
          checked={filter.mine}
          onChange={(e) => onChange({ mine: (e.target as HTMLInputElement).checked })}
        />{' '}
        mine
      </label>
    </div>
  );
}
