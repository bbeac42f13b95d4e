import { describe, expect, it } from 'vitest';
import { categoryPosterior } from './categoryPosterior';

const categories = ['access_permissions', 'password_reset', 'hardware', 'network', 'security'];

describe('categoryPosterior', () => {
  it('follows the text model when nothing else speaks', () => {
    const { probability } = categoryPosterior({
      text: new Map([
        ['access_permissions', 0.9],
        ['hardware', 0.1],
      ]),
      uncategorised: 0,
      hits: [],
      signals: [],
      categories,
    });
    const best = [...probability].sort((a, b) => b[1] - a[1])[0]!;
    expect(best[0]).toBe('access_permissions');
    expect([...probability.values()].reduce((s, p) => s + p, 0)).toBeCloseTo(1);
  });

  it('keeps a confident parent confident when nothing points at its finer children', () => {
    // Hardware has four finer children; unevidenced, they must not dilute it below a threshold.
    const { probability } = categoryPosterior({
      text: new Map([['hardware', 0.9]]),
      uncategorised: 0.1,
      hits: [],
      signals: [],
      categories: ['hardware', 'printer', 'network', 'patches', 'software_install'],
    });
    expect(probability.get('hardware')!).toBeGreaterThan(0.8);
    expect(probability.get('network')!).toBeLessThan(0.01);
  });

  it('lets a keyword refine a model category into its finer child', () => {
    const { probability } = categoryPosterior({
      text: new Map([
        ['access_permissions', 0.9],
        ['hardware', 0.1],
      ]),
      uncategorised: 0,
      hits: [{ category: 'password_reset', keyword: 'password' }],
      signals: [],
      categories,
    });
    expect(probability.get('password_reset')!).toBeGreaterThan(
      probability.get('access_permissions')!,
    );
  });

  it('lets context lift a category the model does not know, and keeps "nothing fits" mass', () => {
    const { probability, boost } = categoryPosterior({
      text: new Map([['hardware', 0.2]]),
      uncategorised: 0.8,
      hits: [
        { category: 'security', keyword: 'phishing' },
        { category: 'security', keyword: 'suspicious' },
      ],
      signals: [],
      categories,
    });
    expect(boost.get('security')).toBe(3.5); // 2.5 for the first keyword, +1 for the second
    expect([...probability].sort((a, b) => b[1] - a[1])[0]![0]).toBe('security');
    expect([...probability.values()].reduce((s, p) => s + p, 0)).toBeLessThan(1);
  });
});
