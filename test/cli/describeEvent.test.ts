import { describe, expect, it } from 'vitest';
import { stringsFor } from '../../src/cli/i18n/strings';
import { describeEvent } from '../../src/cli/timeline/describeEvent';
import { placed } from '../support/fixtures';

describe('describeEvent', () => {
  const order = placed();
  const en = stringsFor('en');
  const fr = stringsFor('fr');

  it.each([
    [
      { type: 'order.placed' },
      ': Logo design 40.00 EUR, Express delivery 10.00 EUR, tip 5.00 EUR, paid 57.50 EUR (pay-1)',
    ],
    [
      { type: 'offer.propose', offer: { id: 'of-1', label: 'Animated logo', price: '30.00', extraDays: 2 } },
      ': “Animated logo”, 30.00 EUR, +2 days',
    ],
    [
      { type: 'offer.accept', offerId: 'of-1', payment: { id: 'pay-3', amount: '31.50' } },
      ': of-1, paid 31.50 EUR (pay-3)',
    ],
    [
      { type: 'extension.request', days: 1, reason: 'The client added a page.' },
      ': +1 day, “The client added a page.”',
    ],
    [{ type: 'refund.propose', amount: '12.00' }, ': 12.00 EUR'],
    [{ type: 'dispute.resolve', outcome: 'split', refund: '20.00' }, ': split, 20.00 EUR'],
    [{ type: 'dispute.resolve', outcome: 'restart', deliveryDays: 4 }, ': restart the work, +4 days'],
    [{ type: 'order.accept' }, ''],
  ])('tells the facts of %j', (event, text) => {
    expect(describeEvent(event, order, en)).toBe(text);
  });

  it('writes French amounts with a comma and a space before the colon', () => {
    expect(describeEvent({ type: 'refund.propose', amount: '12.00' }, order, fr)).toBe(' : 12,00 EUR');
    expect(describeEvent({ type: 'extension.request', days: 2 }, order, fr)).toBe(' : +2 jours');
  });

  it('leaves out what is missing or of the wrong type instead of failing', () => {
    expect(describeEvent({ type: 'option.add', option: 'cheap', payment: { amount: 5 } }, order, en)).toBe(': paid ?');
    expect(describeEvent({ type: 'dispute.resolve', outcome: 'toString' }, order, en)).toBe('');
    expect(describeEvent(null, order, en)).toBe('');
  });
});
