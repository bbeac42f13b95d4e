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

const nonAscii = /[^\0-\x7f]/;

/** The words of `ruleText(text)`; plain ASCII (most tickets) skips normalisation and regexes. */
function ruleWords(text: string): string[] {
  if (nonAscii.test(text)) return ruleText(text).trim().split(' ');
  const lower = text.toLowerCase();
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    const wordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (wordChar && start < 0) start = i;
    else if (!wordChar && start >= 0) {
      words.push(lower.slice(start, i));
      start = -1;
    }
  }
  return words;
}

interface CompiledRule {
  order: number;
  category: string;
  keyword: string;
  words: string[];
}

// "install" also finds "installed", "installing"; "printer" finds "printers" (last word only).
const endings = ['s', 'es', 'd', 'ed', 'ing'];

// Rules indexed by their first word, compiled once per taxonomy array: the hub classifies with
// the same taxonomy for hours, and testing ~150 patterns per ticket would cost more than the model.
const compiled = new WeakMap<readonly CategoryConfig[], Map<string, CompiledRule[]>>();

function compile(taxonomy: readonly CategoryConfig[]): Map<string, CompiledRule[]> {
  const cached = compiled.get(taxonomy);
  if (cached) return cached;
  const byFirst = new Map<string, CompiledRule[]>();
  let order = 0;
  for (const category of taxonomy) {
    for (const keyword of category.keywords ?? []) {
      const words = ruleText(keyword).trim().split(' ').filter(Boolean);
      if (words.length === 0) continue;
      const rule = { order: order++, category: category.id, keyword, words };
      byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), rule]);
    }
  }
  compiled.set(taxonomy, byFirst);
  return byFirst;
}

/** Whether `word` is `base` or `base` with one of the English endings. */
function inflects(word: string, base: string): boolean {
  if (word === base) return true;
  return endings.some(
    (e) => word.length === base.length + e.length && word.startsWith(base) && word.endsWith(e),
  );
}

function matchesAt(words: readonly string[], at: number, rule: CompiledRule): boolean {
  const last = rule.words.length - 1;
  if (at + last >= words.length) return false;
  for (let k = 0; k <= last; k++) {
    const word = words[at + k]!;
    if (k < last ? word !== rule.words[k] : !inflects(word, rule.words[k]!)) return false;
  }
  return true;
}

/**
 * Every keyword of the taxonomy found in the text, in taxonomy order.
 * @example matchKeywordRules('My VPN drops', defaultTaxonomy) // [{ category: 'network', keyword: 'vpn' }]
 */
export function matchKeywordRules(text: string, taxonomy: readonly CategoryConfig[]): KeywordHit[] {
  const byFirst = compile(taxonomy);
  const words = ruleWords(text);
  const found = new Map<number, CompiledRule>();
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!;
    // The first word itself, or (for one-word keywords) the word without an ending.
    for (let e = -1; e < endings.length; e++) {
      let first = word;
      if (e >= 0) {
        if (!word.endsWith(endings[e]!)) continue;
        first = word.slice(0, -endings[e]!.length);
      }
      const rules = byFirst.get(first);
      if (rules === undefined) continue;
      for (const rule of rules) {
        if (!found.has(rule.order) && matchesAt(words, at, rule)) found.set(rule.order, rule);
      }
    }
  }
  return [...found.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ category, keyword }) => ({ category, keyword }));
}
