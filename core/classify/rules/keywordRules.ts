// Keyword rules of a taxonomy: the phrases each category lists, matched as whole words (with
// common English endings) in the ticket's raw text. They cover categories the text model's
// training data lacks (network, printer, security …) and are configurable per organisation.
import type { CategoryConfig } from '../../model/config';

export interface KeywordHit {
  category: string;
  keyword: string;
}

const combiningMarks = /[\u0300-\u036f]/g;

/** Lower case, accents off, anything but letters and digits becomes one space. */
export function ruleText(text: string): string {
  return ` ${text
    .normalize('NFKD')
    .replace(combiningMarks, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

interface CompiledRule {
  category: string;
  keyword: string;
  pattern: RegExp;
}

// Compiled once per taxonomy array: the hub classifies with the same taxonomy for hours.
const compiled = new WeakMap<readonly CategoryConfig[], CompiledRule[]>();

function compile(taxonomy: readonly CategoryConfig[]): CompiledRule[] {
  const cached = compiled.get(taxonomy);
  if (cached) return cached;
  const rules: CompiledRule[] = [];
  for (const category of taxonomy) {
    for (const keyword of category.keywords ?? []) {
      const words = ruleText(keyword).trim();
      if (words.length === 0) continue;
      const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      // "install" also finds "installed", "installing"; "printer" finds "printers".
      rules.push({
        category: category.id,
        keyword,
        pattern: new RegExp(` ${escaped}(?:s|es|d|ed|ing)? `),
      });
    }
  }
  compiled.set(taxonomy, rules);
  return rules;
}

/**
 * Every keyword of the taxonomy found in the text, in taxonomy order.
 * @example matchKeywordRules('My VPN drops', defaultTaxonomy) // [{ category: 'network', keyword: 'vpn' }]
 */
export function matchKeywordRules(text: string, taxonomy: readonly CategoryConfig[]): KeywordHit[] {
  const haystack = ruleText(text);
  return compile(taxonomy)
    .filter((rule) => rule.pattern.test(haystack))
    .map(({ category, keyword }) => ({ category, keyword }));
}
