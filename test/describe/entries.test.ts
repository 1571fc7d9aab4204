import { expect, describe as group, it } from 'vitest';
import type { ActionInfo, Order } from '../../src';
import * as all from '../../src/entries/describe';
import * as en from '../../src/entries/describe/en';
import * as fr from '../../src/entries/describe/fr';
import { BUYER, placed, SELLER, t0 } from '../support/fixtures';

const ONE_LOCALE = { fr, en } as const;
const refusedWith = (code: string, call: () => unknown) =>
  expect(call).toThrow(expect.objectContaining({ name: 'SequestreError', code }));
const order: Order = placed();
const tooEarly: ActionInfo = {
  type: 'order.cancel',
  allowed: false,
  reason: 'TOO_EARLY',
  from: '2026-03-12T09:00:00.000Z',
};

group('sequestre/describe/<locale>: the same texts as sequestre/describe with that locale', () => {
  for (const locale of all.LOCALES) {
    const one = ONE_LOCALE[locale];
    it(`${locale}: describeOrder, for each party, in a time zone`, () => {
      for (const viewer of [BUYER, SELLER]) {
        expect(one.describeOrder(order, { viewer, at: t0, timeZone: 'Europe/Paris' })).toEqual(
          all.describeOrder(order, { viewer, at: t0, locale, timeZone: 'Europe/Paris' }),
        );
      }
    });

    it(`${locale}: describeActions, for each party`, () => {
      for (const viewer of [BUYER, SELLER]) {
        expect(one.describeActions(order, { viewer, at: t0, timeZone: 'Europe/Paris' })).toEqual(
          all.describeActions(order, { viewer, at: t0, locale, timeZone: 'Europe/Paris' }),
        );
      }
    });

    it(`${locale}: labels, explanations and amounts`, () => {
      expect(one.actionLabel('order.deliver')).toBe(all.actionLabel('order.deliver', locale));
      expect(one.statusLabel('revisionRequested')).toBe(all.statusLabel('revisionRequested', locale));
      expect(one.historyLabel('deadline.review')).toBe(all.historyLabel('deadline.review', locale));
      expect(one.historyLabel(order.history[0]!)).toBe(all.historyLabel(order.history[0]!, locale));
      expect(one.explainAction(tooEarly, { at: t0 })).toBe(all.explainAction(tooEarly, { locale, at: t0 }));
      expect(one.explainAction(tooEarly)).toBe(all.explainAction(tooEarly, { locale }));
      expect(one.explainError('TOO_EARLY', { from: tooEarly.from! })).toBe(
        all.explainError('TOO_EARLY', { locale, from: tooEarly.from! }),
      );
      expect(one.explainError('ORDER_CLOSED')).toBe(all.explainError('ORDER_CLOSED', { locale }));
      const details = { rule: 'revision.limitReached', limit: 2 };
      expect(one.explainError('LIMIT_REACHED', { details })).toBe(
        all.explainError('LIMIT_REACHED', { locale, details }),
      );
      expect(one.formatAmount('1234.50', 'EUR')).toBe(all.formatAmount('1234.50', 'EUR', locale));
    });
  }

  it('the two languages differ, so the comparisons above compare something', () => {
    expect(fr.statusLabel('delivered')).not.toBe(en.statusLabel('delivered'));
    expect(fr.describeOrder(order, { viewer: BUYER, at: t0 }).text).not.toBe(
      en.describeOrder(order, { viewer: BUYER, at: t0 }).text,
    );
    expect(fr.describeActions(order, { viewer: SELLER, at: t0 })[0]?.consequence).not.toBe(
      en.describeActions(order, { viewer: SELLER, at: t0 })[0]?.consequence,
    );
  });

  it('checks the order before the options, in every entry', () => {
    const broken = { ...order, schemaVersion: 7 } as unknown as Order;
    refusedWith('INVALID_ORDER', () => fr.describeOrder(broken, { viewer: BUYER, at: 'not an instant' }));
    refusedWith('INVALID_ORDER', () => all.describeOrder(broken, { viewer: BUYER, at: t0, locale: 'de' as never }));
    refusedWith('INVALID_INPUT', () => all.describeOrder(order, { viewer: BUYER, at: t0, locale: 'de' as never }));
  });
});
