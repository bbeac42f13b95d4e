import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { ClassificationView } from './ClassificationView';

describe('ClassificationView', () => {
  it('shows the strongest reasons first, with confidence and the triage flag', () => {
    const { container } = render(
      <ClassificationView
        labelOf={(id) => (id === 'network' ? 'Network' : id)}
        classification={{
          category: 'network',
          tier: 'L2',
          confidence: 0.41,
          needsTriage: true,
          reasons: [
            { source: 'text', detail: '"vpn"', weight: 0.3 },
            { source: 'context', detail: 'DNS failure on 3 requests', weight: 1.5 },
          ],
        }}
      />,
    );
    expect(container.textContent).toContain('Network · L2 · 41 % confident · needs triage');
    const reasons = [...container.querySelectorAll('.td-reasons li')].map((li) => li.textContent);
    expect(reasons).toEqual(['context: DNS failure on 3 requests', 'text: "vpn"']);
  });
});
