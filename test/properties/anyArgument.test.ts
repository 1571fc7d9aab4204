import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  availableActions,
  createOrder,
  getBalances,
  nextDeadline,
  type Order,
  type OrderEvent,
  type OrderInput,
  parseOrder,
  quoteExtra,
  quoteOrder,
  SequestreError,
} from '../../src';
import * as describeAll from '../../src/entries/describe';
import * as describeFr from '../../src/entries/describe/fr';
import { checkout, placed, run, SELLER, t0 } from '../support/fixtures';

// SPEC §2: the commands return a result for any argument at all, and the queries throw only
// SequestreError. "Any" is taken literally: JSON, and what JavaScript callers can pass besides.

/** Values JSON cannot hold but JavaScript callers can pass. */
const exotic = fc.constantFrom<unknown>(
  10n,
  Symbol('s'),
  () => 1,
  new Date(0),
  Object.create(null),
  new Map(),
  // biome-ignore lint/suspicious/noSparseArray: a hole is one of the arguments a caller may pass.
  [, 1],
  Number.NaN,
  -0,
  Number.POSITIVE_INFINITY,
  undefined,
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  any: fc.oneof(
    { maxDepth: 3 },
    fc.anything({ maxDepth: 2 }),
    exotic,
    fc.dictionary(fc.string({ maxLength: 6 }), tie('any'), { maxKeys: 4 }),
    fc.array(tie('any'), { maxLength: 3 }),
  ),
})).any;

/** A valid input or event with one of its fields replaced by `replacement`. */
function withField<T extends object>(base: T, key: string, replacement: unknown): T {
  return { ...base, [key]: replacement };
}

const inProgress = run(placed(), { type: 'order.accept', at: '2026-03-01T11:00:00Z', by: SELLER }).order;
const EVENT: OrderEvent = {
  type: 'option.add',
  at: '2026-03-01T12:00:00Z',
  by: { role: 'buyer', id: 'b-1' },
  option: { id: 'o', label: 'O', price: '1.00', extraDays: 0 },
  payment: { id: 'p-2', amount: '1.05' },
};

function onlySequestreErrors(query: () => unknown): void {
  try {
    query();
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(SequestreError);
  }
}

describe('any argument at all', () => {
  it('createOrder returns a result: for any value, and for a checkout with any one field replaced', () => {
    fc.assert(
      fc.property(
        value,
        fc.constantFrom(...(Object.keys(checkout()) as (keyof OrderInput)[]), 'policy'),
        (replacement, key) => {
          expect(typeof createOrder(replacement as OrderInput).ok).toBe('boolean');
          expect(typeof createOrder(withField(checkout(), key, replacement)).ok).toBe('boolean');
          onlySequestreErrors(() => quoteOrder(withField(checkout(), key, replacement)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('applyEvent returns a result: for any order, any event, and an event with any one field replaced', () => {
    fc.assert(
      fc.property(
        value,
        fc.constantFrom(
          'type',
          'at',
          'by',
          'id',
          'option',
          'payment',
          'amount',
          'reason',
          'offerId',
          'days',
          'outcome',
        ),
        (replacement, key) => {
          expect(typeof applyEvent(replacement as Order, EVENT).ok).toBe('boolean');
          expect(typeof applyEvent(inProgress, replacement as OrderEvent).ok).toBe('boolean');
          expect(typeof applyEvent(inProgress, withField(EVENT, key, replacement)).ok).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('the queries throw only SequestreError, whatever their arguments', () => {
    fc.assert(
      fc.property(value, value, (first, second) => {
        for (const order of [first, inProgress]) {
          onlySequestreErrors(() => nextDeadline(order as Order));
          onlySequestreErrors(() => getBalances(order as Order));
          onlySequestreErrors(() => quoteExtra(order as Order, second as string));
          onlySequestreErrors(() => availableActions(order as Order, second as never));
          onlySequestreErrors(() => availableActions(order as Order, { viewer: second as never, at: t0 }));
          onlySequestreErrors(() => describeAll.describeOrder(order as Order, second as never));
          onlySequestreErrors(() =>
            describeAll.describeOrder(order as Order, {
              viewer: { role: 'buyer', id: 'b-1' },
              at: t0,
              locale: second as never,
              timeZone: second as never,
            }),
          );
          onlySequestreErrors(() => describeFr.describeOrder(order as Order, second as never));
          onlySequestreErrors(() =>
            describeFr.describeOrder(order as Order, {
              viewer: { role: 'seller', id: 's-1' },
              at: t0,
              timeZone: second as never,
            }),
          );
        }
        onlySequestreErrors(() => parseOrder(first));
        // The text functions of both kinds of entry, with any argument in any place.
        onlySequestreErrors(() => describeAll.actionLabel(first as never, second as never));
        onlySequestreErrors(() => describeAll.historyLabel(first as never, second as never));
        onlySequestreErrors(() => describeAll.explainAction(first as never, second as never));
        onlySequestreErrors(() => describeAll.explainError(first as never, second as never));
        onlySequestreErrors(() => describeAll.formatAmount(first as never, second as never, 'fr'));
        onlySequestreErrors(() => describeFr.statusLabel(first as never));
        onlySequestreErrors(() => describeFr.historyLabel(first as never));
        onlySequestreErrors(() => describeFr.explainAction(first as never, second as never));
        onlySequestreErrors(() => describeFr.explainError(first as never, second as never));
        onlySequestreErrors(() => describeFr.formatAmount(first as never, second as never));
      }),
      { numRuns: 500 },
    );
  });
});
