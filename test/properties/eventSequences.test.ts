import fc from 'fast-check';
import { describe, it } from 'vitest';
import { applyEvent, type Order, type OrderInput, type Policy, presets, quoteOrder } from '../../src';
import { checkout, deepFreeze, placed } from '../support/fixtures';
import {
  checkActions,
  checkChange,
  checkDuplicate,
  checkJson,
  checkMoney,
  checkNextDeadline,
  checkRefusal,
  checkStored,
} from './support/checks';
import { SEQUENCE_RUNS, timeoutFor } from './support/runs';
import { amountIn, step, toEvent } from './support/steps';

const MINUTE = 60_000;

/**
 * Each preset as it is, or one of them with every policy outcome that changes where money goes or
 * what a timeout does, some windows, and the five behaviours of SPEC §9 switched at random.
 */
const policy = fc.oneof(
  fc.constantFrom(presets.comeup, presets.fiverr, presets.upwork),
  fc
    .record({
      base: fc.constantFrom(presets.comeup, presets.fiverr, presets.upwork),
      onCancellationTimeout: fc.constantFrom('expire', 'accept', 'dispute'),
      onExpiry: fc.constantFrom('forfeit', 'refund', 'release'),
      maxLifetime: fc.constantFrom('P5M', 'P10D', null),
      acceptanceWindow: fc.constantFrom('PT48H', null),
      lateGrace: fc.constantFrom('PT0S', 'P1D', null),
      revisionResponse: fc.constantFrom('PT48H', null),
      sellerCancel: fc.constantFrom('direct', 'request'),
      proposers: fc.subarray(['buyer', 'seller'] as const),
      maxShare: fc.constantFrom(null, '0.6', '0.3333333333', '0'),
      autoDisputeAfterDeclinedCancellations: fc.constantFrom(2, 1, null),
      onCancel: fc.boolean(),
      onPartialRefund: fc.constantFrom('proportional', 'none'),
    })
    .map(
      ({ base, onCancel, onPartialRefund, proposers, maxShare, ...rest }): Policy => ({
        ...base,
        ...rest,
        refundBuyerFee: { onCancel, onPartialRefund },
        partialRefunds: { proposers, maxShare },
        name: 'prop',
      }),
    ),
);

/** A checkout in a currency with 2, 3 or 0 digits, with random rates; it pays exactly the quote. */
const checkoutIn = fc
  .record({
    currency: fc.constantFrom('EUR', 'KWD', 'JPY'),
    prices: fc.array(fc.tuple(fc.integer({ min: 1, max: 90 }), fc.integer({ min: 0, max: 99 })), {
      minLength: 1,
      maxLength: 3,
    }),
    tip: fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 99 })),
    buyerFee: fc.constantFrom('0', '0.05', '0.123', '0.5'),
    fixed: fc.constantFrom(undefined, 0, 30),
    commission: fc.constantFrom('0', '0.15', '0.2', '1'),
    tipCommission: fc.constantFrom(undefined, '0.1'),
    maxRevisions: fc.constantFrom(null, 0, 1),
  })
  .map(({ currency, prices, tip, buyerFee, fixed, commission, tipCommission, maxRevisions }) => {
    const input = {
      ...checkout(),
      currency,
      items: prices.map(([whole, cents], index) => ({
        id: `item-${index}`,
        label: 'Item',
        price: amountIn(currency, whole, cents),
      })),
      tip: amountIn(currency, ...tip),
      maxRevisions,
      fees: {
        buyerFee: fixed === undefined ? { rate: buyerFee } : { rate: buyerFee, fixed: amountIn(currency, 0, fixed) },
        commission: { rate: commission },
        ...(tipCommission === undefined ? {} : { tipCommission: { rate: tipCommission } }),
      },
    } satisfies OrderInput;
    return { ...input, payment: { id: 'pay-1', amount: quoteOrder(input).total } };
  });

describe('random event sequences', () => {
  it(
    `keep every law of SPEC §2–§11 after every step, whoever sends what and when (${SEQUENCE_RUNS} sequences)`,
    () => {
      fc.assert(
        fc.property(
          fc.array(step, { minLength: 5, maxLength: 25, size: 'max' }),
          policy,
          checkoutIn,
          (steps, rules, input) => {
            let order: Order = deepFreeze(placed({ ...input, policy: rules }));
            let atMs = Date.parse(checkout().placedAt);
            let appliedMs = atMs;
            for (const item of steps) {
              atMs += item.stepMinutes * MINUTE;
              const event = deepFreeze(toEvent(order, item, atMs));
              // A careful host stores JSON: every step runs on a deep-frozen copy read back from text.
              const copy = deepFreeze(JSON.parse(JSON.stringify(order)) as Order);
              const result = applyEvent(copy, event);
              if (item.crossChecks) {
                checkJson(order, copy, event, result);
                checkActions(order, item.viewer, new Date(atMs).toISOString());
              }
              if (!result.ok) {
                checkRefusal(result);
                continue;
              }
              checkChange(copy, result);
              checkMoney(copy, result.order, result.effects);
              if (result.duplicate === true) continue;
              appliedMs = Math.max(appliedMs, atMs);
              checkNextDeadline(result.order, appliedMs);
              if (result.order.version === copy.version) continue;
              checkStored(result.order);
              if (event.id !== undefined) checkDuplicate(result.order, event);
              order = deepFreeze(result.order);
            }
          },
        ),
        { numRuns: SEQUENCE_RUNS },
      );
    },
    timeoutFor(SEQUENCE_RUNS),
  );
});
