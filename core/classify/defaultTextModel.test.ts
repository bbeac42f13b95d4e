import { describe, expect, it } from 'vitest';
import { defaultTextModel } from './defaultTextModel';
import { itServiceTicketCategories } from './datasetCategories';
import { predictText } from './text/predictText';

describe('defaultTextModel', () => {
  it('is the shipped model of the IT-ticket data set, mapped to default categories', () => {
    expect(defaultTextModel.labels).toEqual(Object.keys(itServiceTicketCategories).sort());
    expect(defaultTextModel.categories).toEqual(itServiceTicketCategories);
    expect(defaultTextModel.training).toMatchObject({ splitSeed: 42 });
  });

  it('classifies raw tickets written the way people write them', () => {
    expect(
      predictText(
        defaultTextModel,
        'Hi, my laptop battery no longer charges. Can you send a new charger?',
      ).label,
    ).toBe('Hardware');
    expect(
      predictText(defaultTextModel, 'Please order 2 new monitors for the Leeds office, PO attached')
        .label,
    ).toBe('Purchase');
  });

  it('is not swayed by a quoted reply, a signature or casing', () => {
    const body = 'My laptop screen flickers when docked';
    const mail = [
      'MY LAPTOP SCREEN FLICKERS WHEN DOCKED!!!',
      '-- ',
      'Ada Example | Purchasing | +44 20 7946 0000',
      '',
      'On Mon, 2 Nov 2026 at 09:14, Desk <desk@example.com> wrote:',
      '> Please raise a purchase order with the invoice and the quote.',
    ].join('\n');
    expect(predictText(defaultTextModel, mail).probabilities).toEqual(
      predictText(defaultTextModel, body).probabilities,
    );
  });
});
