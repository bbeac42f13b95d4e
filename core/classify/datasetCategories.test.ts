import { describe, expect, it } from 'vitest';
import { defaultTaxonomy } from '../config/defaultTaxonomy';
import { categoriesForLabels, itServiceTicketCategories } from './datasetCategories';

describe('dataset categories', () => {
  it('maps every data-set label to a default category, Miscellaneous to none', () => {
    const ids = new Set(defaultTaxonomy.map((c) => c.id));
    for (const [label, category] of Object.entries(itServiceTicketCategories)) {
      if (label === 'Miscellaneous') expect(category).toBeNull();
      else expect(ids.has(category!)).toBe(true);
    }
  });

  it('uses the mapping for that data set and identity for others', () => {
    expect(categoriesForLabels(['Hardware', 'Access'])).toEqual({
      Hardware: 'hardware',
      Access: 'access_permissions',
    });
    expect(categoriesForLabels(['Hardware', 'vpn'])).toEqual({ Hardware: 'Hardware', vpn: 'vpn' });
  });
});

describe('labels that name Object properties', () => {
  it('are ordinary labels, not Object.prototype members', () => {
    expect(categoriesForLabels(['constructor', 'toString'])).toEqual({
      constructor: 'constructor',
      toString: 'toString',
    });
  });
});
