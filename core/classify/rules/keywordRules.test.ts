import { describe, expect, it } from 'vitest';
import { defaultTaxonomy } from '../../config/defaultTaxonomy';
import { matchKeywordRules, ruleText } from './keywordRules';

const categoriesOf = (text: string) => [
  ...new Set(matchKeywordRules(text, defaultTaxonomy).map((h) => h.category)),
];

describe('matchKeywordRules', () => {
  it('finds whole words and phrases with their endings, across casing and punctuation', () => {
    expect(categoriesOf('My VPN keeps dropping, Wi-Fi is fine')).toContain('network');
    expect(categoriesOf('Locked out of my account after too many attempts')).toContain(
      'account_lockout',
    );
    expect(categoriesOf('Could you install Visio? Installed fails.')).toContain('software_install');
    expect(categoriesOf('Both printers show a paper jam')).toContain('printer');
  });

  it('allows an ending on the last word of a phrase only', () => {
    const keywords = (text: string) =>
      matchKeywordRules(text, defaultTaxonomy).map((h) => h.keyword);
    expect(keywords('two paper jams today')).toContain('paper jam');
    expect(keywords('papers jam')).not.toContain('paper jam');
    expect(keywords('Help: how do I share it?')).toEqual(
      expect.arrayContaining(['how do i', 'share']),
    );
  });

  it('does not find a keyword inside another word', () => {
    // "mail" must not fire inside "mailto" nor "hr" inside "three".
    expect(matchKeywordRules('three mailto links', defaultTaxonomy)).toEqual([]);
  });

  it('uses the organisation’s own keywords', () => {
    const taxonomy = [
      { id: 'sap', label: 'SAP', tier: 'L2' as const, runbook: [], keywords: ['fiori launchpad'] },
    ];
    expect(matchKeywordRules('Fiori Launchpad is blank', taxonomy)).toEqual([
      { category: 'sap', keyword: 'fiori launchpad' },
    ]);
  });
});

describe('ruleText', () => {
  it('keeps letters and digits, one space between words', () => {
    expect(ruleText('Error 503: Café—down!')).toBe(' error 503 cafe down ');
  });
});
