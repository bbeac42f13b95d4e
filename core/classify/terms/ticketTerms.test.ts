import { describe, expect, it } from 'vitest';
import { stemTerm, ticketTerms } from './ticketTerms';

describe('ticketTerms', () => {
  it('keeps distinct stemmed content words without greetings and sign-offs', () => {
    expect(ticketTerms('Hi team, the Payroll page keeps loading… Thanks, Ada')).toEqual([
      'payroll',
      'page',
      'keep',
      'load',
      'ada',
    ]);
  });

  it('meets inflections and common synonyms', () => {
    expect(stemTerm('loading')).toBe(stemTerm('loads'));
    expect(stemTerm('expired')).toBe(stemTerm('expire'));
    expect(ticketTerms('cannot logon')).toEqual(ticketTerms('sign in failing').slice(0, 1));
    expect(ticketTerms('Outlook e-mail')).toEqual(['mail']);
  });

  it('keeps words that name Object properties as words (constructor, __proto__)', () => {
    const terms = ticketTerms('constructor __proto__ hasOwnProperty');
    expect(terms.every((t) => typeof t === 'string')).toBe(true);
    expect(terms[0]).toBe('constructor');
  });

  it('stops at the limit', () => {
    expect(ticketTerms('alpha beta gamma delta', 2)).toEqual(['alpha', 'beta']);
  });
});
