import { describe, expect, it } from 'vitest';
import { normalizeTicketText, stripQuotedReply } from './normalizeTicketText';

describe('normalizeTicketText', () => {
  it('lower-cases, drops punctuation, digits and stop words like the training data', () => {
    expect(normalizeTicketText("Can't log in to the VPN since 09:00!!")).toEqual([
      'log',
      'vpn',
      'since',
    ]);
  });

  it('removes URLs and e-mail addresses', () => {
    expect(
      normalizeTicketText('See https://intranet.example/x?id=5 or mail ada@example.com now'),
    ).toEqual(['see', 'mail']);
  });

  it('folds accents so non-English words meet their plain spelling', () => {
    expect(normalizeTicketText('Drucker funktioniert nicht, réseau lent')).toEqual([
      'drucker',
      'funktioniert',
      'nicht',
      'reseau',
      'lent',
    ]);
  });

  it('caps long bodies', () => {
    expect(normalizeTicketText('printer '.repeat(1000))).toHaveLength(300);
    expect(normalizeTicketText('printer jam', 1)).toEqual(['printer']);
  });
});

describe('stripQuotedReply', () => {
  it('cuts a quoted reply and a signature block', () => {
    const mail = [
      'Hi, the shared drive is still not mapped.',
      '',
      'On Mon, 2 Nov 2026 at 09:14, Service Desk <desk@example.com> wrote:',
      '> Please restart your laptop.',
    ].join('\n');
    expect(stripQuotedReply(mail)).toBe('Hi, the shared drive is still not mapped.\n');
    expect(stripQuotedReply('Printer jam\n-- \nAda Example\n+44 20 7946 0000')).toBe('Printer jam');
    expect(stripQuotedReply('Outlook crashes\n> earlier text')).toBe('Outlook crashes');
  });

  it('keeps ordinary text', () => {
    expect(stripQuotedReply('line one\nline two')).toBe('line one\nline two');
  });
});

describe('the plain-ASCII fast path', () => {
  it('gives the same tokens as the Unicode path', () => {
    const text =
      "Hello IT-Team: the printer (HP M404) won't print; jobs stuck >10 min. Tried again!";
    const ascii = normalizeTicketText(text);
    // A trailing non-ASCII word sends the same text down the Unicode path.
    expect(normalizeTicketText(`${text} café`)).toEqual([...ascii, 'cafe']);
    expect(ascii).toEqual([
      'hello',
      'team',
      'printer',
      'hp',
      'print',
      'jobs',
      'stuck',
      'min',
      'tried',
    ]);
  });
});
